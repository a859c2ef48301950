import { z } from "zod";
import { parseCalendarDate } from "@/lib/imports/dates";
import { parseBudgetCents } from "@/lib/money";

/*
 * Field builders the zod schemas of forms and URLs share, with their French messages: one
 * definition of « a date », « a short text », « an UAI filter » instead of one per module.
 */

/** The date a text field holds (JJ/MM/AAAA or AAAA-MM-JJ), or an issue that names the field. */
function toCalendarDate(label: string) {
  return (value: string, ctx: z.RefinementCtx) => {
    const date = parseCalendarDate(value);
    if (!date) {
      ctx.addIssue({
        code: "custom",
        message: `${label} : date invalide (JJ/MM/AAAA ou AAAA-MM-JJ).`,
      });
      return z.NEVER;
    }
    return date;
  };
}

/** A date the form requires. */
export const requiredCalendarDate = (label: string) =>
  z
    .string({ error: `${label} : ce champ est obligatoire.` })
    .trim()
    .min(1, `${label} : ce champ est obligatoire.`)
    .transform(toCalendarDate(label));

/** A date the form may leave empty (null). */
export const optionalCalendarDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => (value ? toCalendarDate(label)(value, ctx) : null));

/** A text the form may leave empty (null), of at most `max` characters. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} : ${max} caractères au plus.`)
    .optional()
    .transform((value) => (value ? value : null));

/** A text the form requires, of at most `max` characters. */
export const requiredText = (max: number, label: string) =>
  z
    .string({ error: `${label} : ce champ est obligatoire.` })
    .trim()
    .min(1, `${label} : ce champ est obligatoire.`)
    .max(max, `${label} : ${max} caractères au plus.`);

/** An empty query parameter is no filter. */
export const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** A URL filter: empty or invalid, it is dropped rather than refused. */
export const urlFilter = <T extends z.ZodType>(schema: T) =>
  z.preprocess(emptyToUndefined, schema.optional()).catch(undefined);

/** An UAI in the URL, upper-cased. */
export const uaiFilterSchema = urlFilter(
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9]{7}[A-Z]$/),
);

/** A département code in the URL (35, 2A, 971); anything else is no filter. */
export const departementCodeFilter = z
  .string()
  .trim()
  .regex(/^[0-9AB]{2,3}$/)
  .optional()
  .catch(undefined);

/** A page number in the URL; anything else is the first page. */
export const pageSchema = z.coerce.number().int().min(1).max(100_000).default(1).catch(1);

/** The id of a record a form names (a hidden field): anything else reads « <what> introuvable. ». */
export const recordId = (what: string) =>
  z
    .string({ error: `${what} introuvable.` })
    .trim()
    .min(1, `${what} introuvable.`)
    .max(40, `${what} introuvable.`);

/** The id a form's select may leave empty (null: none chosen). */
export const optionalRecordId = () =>
  z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((value) => (value ? value : null));

/** An amount in euros above zero (« 150 000 », « 150000,00 »), in cents. */
export const positiveEurosCents = (label: string) =>
  z.string({ error: `${label} : montant en euros attendu.` }).transform((value, ctx) => {
    const cents = parseBudgetCents(value);
    if (cents === null || cents <= 0n) {
      ctx.addIssue({
        code: "custom",
        message: `${label} : montant en euros supérieur à zéro, par exemple 150 000 ou 150000,00.`,
      });
      return z.NEVER;
    }
    return cents;
  });

/** A whole number between `min` and `max`, typed in a text field. */
export const boundedInteger = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} : nombre entier attendu.` })
    .int(`${label} : nombre entier attendu.`)
    .min(min, `${label} : ${min} au moins.`)
    .max(max, `${label} : ${max} au plus.`);

/** A checkbox: ticked (« on », true) or not (absent). */
export const checkboxField = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");
