import { z } from "zod";
import type { BudgetSection } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { formatCents } from "@/lib/format";
import {
  BUDGET_CATEGORIES,
  BUDGET_FUNDINGS,
  BUDGET_SECTIONS,
  FONCTION_COLLEGES,
} from "@/lib/budgets/labels";
import { parseBudgetCents } from "@/lib/money";

// ─── Amounts ───

const MINUS = /^[-\u2212\u2013]\s*/;

/** Like parseBudgetCents, with a leading minus allowed (« -1 000 », « − 1 000,50 ») for a DM that reduces credits. */
export function parseSignedBudgetCents(raw: string): bigint | null {
  const trimmed = raw.trim();
  if (!MINUS.test(trimmed)) return parseBudgetCents(trimmed);
  const cents = parseBudgetCents(trimmed.replace(MINUS, ""));
  return cents === null ? null : -cents;
}

/** « -1 000 » for an input: centsToInput with the sign. */
export function signedCentsToInput(cents: bigint): string {
  const abs = cents < 0n ? -cents : cents;
  const euros = abs / 100n;
  const rest = abs % 100n;
  const text = rest === 0n ? euros.toString() : `${euros},${rest.toString().padStart(2, "0")}`;
  return cents < 0n ? `-${text}` : text;
}

const invalidAmount = (label: string) =>
  `${label} : montant invalide. Écrivez des euros avec deux décimales au plus, par exemple 1 234,56.`;

/**
 * A form amount in euros → bigint cents. Empty means 0 unless `required`; a minus sign only where
 * `signed` (the DM), anywhere else « ne peut pas être négatif ».
 */
export function amountField(label: string, options: { required?: boolean; signed?: boolean } = {}) {
  return z
    .string()
    .optional()
    .transform((raw, context): bigint => {
      const value = (raw ?? "").trim();
      if (value === "") {
        if (!options.required) return 0n;
        context.addIssue({
          code: "custom",
          message: `${label} : saisissez un montant (0 si aucun).`,
        });
        return z.NEVER;
      }
      if (MINUS.test(value) && !options.signed) {
        const magnitude = parseBudgetCents(value.replace(MINUS, ""));
        context.addIssue({
          code: "custom",
          message:
            magnitude === null
              ? invalidAmount(label)
              : `${label} : le montant ne peut pas être négatif.`,
        });
        return z.NEVER;
      }
      const cents = options.signed ? parseSignedBudgetCents(value) : parseBudgetCents(value);
      if (cents === null) {
        context.addIssue({ code: "custom", message: invalidAmount(label) });
        return z.NEVER;
      }
      return cents;
    });
}

export const euros = (cents: bigint) => formatCents(cents);

// ─── Parsing with French errors ───

/**
 * Parses input with a schema; a refusal becomes INVALID_INPUT whose message lists what to fix
 * (« Rien n'a été enregistré. … ») and whose field errors name each field.
 */
export function parseBudgetInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues)
    fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
  throw invalid(fieldErrors);
}

export function invalid(fieldErrors: Record<string, string>): AppError {
  return new AppError(
    "INVALID_INPUT",
    `Rien n'a été enregistré. ${[...new Set(Object.values(fieldErrors))].join(" ")}`,
    fieldErrors,
  );
}

// ─── Budget lines ───

/** The section a chapter or nature account belongs to in M57: class 2 investissement, classes 0/6 fonctionnement. */
export function sectionOfAccount(account: string): BudgetSection | null {
  if (account.startsWith("2") || account.startsWith("1")) return "INVESTISSEMENT";
  if (account.startsWith("0") || account.startsWith("6")) return "FONCTIONNEMENT";
  return null;
}

const SECTION_WORDS: Record<BudgetSection, string> = {
  INVESTISSEMENT: "d'investissement",
  FONCTIONNEMENT: "de fonctionnement",
};

export interface BudgetLineChecked {
  section: BudgetSection;
  chapitre: string;
  nature: string;
  bp: bigint;
  dm: bigint;
  engaged: bigint;
  mandated: bigint;
}

/**
 * The rules of a line's amounts and accounts, as field errors (empty: valid): BP + DM ≥ 0,
 * engagé ≤ voté, mandaté ≤ engagé, chapter and nature in the line's section.
 */
export function budgetLineErrors(line: BudgetLineChecked): Record<string, string> {
  const errors: Record<string, string> = {};
  const chapterSection = sectionOfAccount(line.chapitre);
  if (chapterSection && chapterSection !== line.section)
    errors.chapitre = `Le chapitre ${line.chapitre} relève de la section ${SECTION_WORDS[chapterSection]}.`;
  const natureSection = sectionOfAccount(line.nature);
  if (natureSection && natureSection !== line.section)
    errors.nature = `Le compte ${line.nature} relève de la section ${SECTION_WORDS[natureSection]}.`;
  const voted = line.bp + line.dm;
  if (voted < 0n) {
    errors.dm = `La décision modificative (${euros(line.dm)}) ne peut pas réduire les crédits sous zéro : le budget primitif est de ${euros(line.bp)}.`;
  } else if (line.engaged > voted) {
    errors.engaged = `L'engagé (${euros(line.engaged)}) dépasse les crédits votés (${euros(voted)}, BP + DM).`;
  }
  if (line.mandated > line.engaged)
    errors.mandated = `Le mandaté (${euros(line.mandated)}) dépasse l'engagé (${euros(line.engaged)}).`;
  return errors;
}

const exerciceField = z.coerce
  .number({ error: "Exercice : année sur quatre chiffres." })
  .int({ error: "Exercice : année sur quatre chiffres." })
  .min(2000, { error: "Exercice : année entre 2000 et 2100." })
  .max(2100, { error: "Exercice : année entre 2000 et 2100." });

export const text = (label: string, max: number) =>
  z
    .string({ error: `${label} : obligatoire.` })
    .trim()
    .min(1, { error: `${label} : obligatoire.` })
    .max(max, { error: `${label} : ${max} caractères au plus.` });

/** Every field of a budget line as the form sends it (strings), amounts in euros. */
export const budgetLineFieldsSchema = z
  .object({
    exercice: exerciceField,
    section: z.enum(BUDGET_SECTIONS, {
      error: "Choisissez la section (investissement ou fonctionnement).",
    }),
    chapitre: z
      .string({ error: "Chapitre : obligatoire." })
      .trim()
      .regex(/^\d{2,3}$/, {
        error: "Chapitre : 2 ou 3 chiffres de la nomenclature M57 (par exemple 21 ou 011).",
      }),
    fonction: z
      .string()
      .optional()
      .transform((value) => (value ?? "").trim() || FONCTION_COLLEGES)
      .pipe(
        z
          .string()
          .regex(/^\d{1,4}$/, { error: "Fonction : 1 à 4 chiffres (221 pour les collèges)." }),
      ),
    nature: z
      .string({ error: "Nature : obligatoire." })
      .trim()
      .regex(/^\d{3,8}$/, { error: "Nature : compte de 3 à 8 chiffres (par exemple 21831)." }),
    label: text("Libellé", 200),
    category: z.enum(BUDGET_CATEGORIES, { error: "Choisissez une catégorie." }),
    funding: z.enum(BUDGET_FUNDINGS, { error: "Choisissez un financement." }),
    bp: amountField("Budget primitif", { required: true }),
    dm: amountField("Décisions modificatives", { signed: true }),
    engaged: amountField("Engagé"),
    mandated: amountField("Mandaté"),
    autorisationId: z
      .string()
      .optional()
      .transform((value) => (value ?? "").trim() || null),
  })
  .superRefine((line, context) => {
    for (const [field, message] of Object.entries(budgetLineErrors(line)))
      context.addIssue({ code: "custom", path: [field], message });
  });

export type BudgetLineFields = z.output<typeof budgetLineFieldsSchema>;

const idField = z.string({ error: "Ligne inconnue." }).trim().min(1).max(40);
export const updateBudgetLineSchema = z.intersection(
  z.object({ id: idField }),
  budgetLineFieldsSchema,
);
export const idSchema = z.object({ id: idField });

// ─── Queries from the URL ───

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional().catch(undefined);
const optionalExercice = z.coerce.number().int().min(2000).max(2100).optional().catch(undefined);

export const BUDGET_LINE_SORTS = [
  "chapitre",
  "nature",
  "label",
  "category",
  "bp",
  "engaged",
  "mandated",
] as const;

/** Exercice, filters, sort and page of the budget lines list, as read from the URL. */
export const listBudgetLinesSchema = z.object({
  exercice: optionalExercice,
  section: optionalEnum(BUDGET_SECTIONS),
  category: optionalEnum(BUDGET_CATEGORIES),
  chapitre: z
    .string()
    .trim()
    .regex(/^\d{2,3}$/)
    .optional()
    .catch(undefined),
  sort: z.enum(BUDGET_LINE_SORTS).default("chapitre").catch("chapitre"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(10).max(200).default(50).catch(50),
});

export type ListBudgetLinesQuery = z.output<typeof listBudgetLinesSchema> & { exercice: number };

/** Only the exercice, for pages that show one year. */
export const exerciceQuerySchema = z.object({ exercice: optionalExercice });
