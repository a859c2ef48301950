import { z } from "zod";
import { ALLOCATION_KINDS } from "@/lib/budgets/labels";
import { parseBudgetCents } from "@/lib/money";

const EXERCICE_MESSAGE = "Exercice invalide : saisissez une année entre 2000 et 2100.";
const AMOUNT_MESSAGE =
  "Montant invalide : saisissez un montant positif en euros, par exemple 12 500 ou 1 234,56.";

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const uaiSchema = z
  .string({ error: "Choisissez le collège." })
  .trim()
  .toUpperCase()
  .regex(/^[0-9]{7}[A-Z]$/, { error: "Choisissez le collège." });

export const exerciceSchema = z.coerce
  .number({ error: EXERCICE_MESSAGE })
  .int({ error: EXERCICE_MESSAGE })
  .min(2000, { error: EXERCICE_MESSAGE })
  .max(2100, { error: EXERCICE_MESSAGE });

/** Euros as people write them (`12 500`, `1 234,56 €`) to a strictly positive amount in cents. */
export const allocationAmountSchema = z
  .string({ error: AMOUNT_MESSAGE })
  .superRefine((raw, ctx) => {
    const cents = parseBudgetCents(raw);
    if (cents === null || cents <= 0n) ctx.addIssue({ code: "custom", message: AMOUNT_MESSAGE });
  })
  .transform((raw) => parseBudgetCents(raw)!);

const fieldsSchema = z.object({
  exercice: exerciceSchema,
  kind: z.enum(ALLOCATION_KINDS, { error: "Choisissez le type d'attribution." }),
  label: z
    .string({ error: "Saisissez un libellé." })
    .trim()
    .min(1, { error: "Saisissez un libellé." })
    .max(200, { error: "Le libellé ne peut dépasser 200 caractères." }),
  amount: allocationAmountSchema,
  /** Optional: one of the collectivité's budget lines of the same exercice (checked against the database). */
  budgetLineId: z.preprocess(
    emptyToUndefined,
    z.string().trim().max(40, { error: "Ligne budgétaire inconnue." }).optional(),
  ),
});

const idSchema = z
  .string({ error: "Attribution inconnue." })
  .trim()
  .min(1, { error: "Attribution inconnue." })
  .max(40, { error: "Attribution inconnue." });

export const createAllocationSchema = fieldsSchema.extend({ uai: uaiSchema });
/** The collège of an allocation does not change: delete it and allocate to the other collège. */
export const updateAllocationSchema = fieldsSchema.extend({ id: idSchema });
export const deleteAllocationSchema = z.object({ id: idSchema });

export type AllocationFields = z.output<typeof fieldsSchema>;

export const ALLOCATION_SORTS = ["name", "eleves", "total", "perPupil"] as const;
export type AllocationSort = (typeof ALLOCATION_SORTS)[number];

/**
 * The dotations pages' URL: the exercice (the current year by default), a collège filter, the
 * per-collège table's sort and page, and the allocation list's page (`apage`).
 */
export function dotationsQuerySchema(defaultExercice: number) {
  return z.object({
    exercice: z
      .preprocess(emptyToUndefined, exerciceSchema.default(defaultExercice))
      .catch(defaultExercice),
    college: z.preprocess(emptyToUndefined, uaiSchema.optional()).catch(undefined),
    sort: z.enum(ALLOCATION_SORTS).default("name").catch("name"),
    dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
    page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
    pageSize: z.coerce.number().int().min(10).max(200).default(50).catch(50),
    apage: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
    apageSize: z.coerce.number().int().min(10).max(200).default(25).catch(25),
  });
}

export type DotationsQuery = z.output<ReturnType<typeof dotationsQuerySchema>>;

/** Whether the URL names an exercice, so a page may pick a better default when it does not. */
export function exerciceGiven(input: unknown): boolean {
  const value = (input as Record<string, unknown> | null)?.exercice;
  return exerciceSchema.safeParse(Array.isArray(value) ? value[0] : value).success;
}
