import { z } from "zod";
import { parseCalendarDate } from "@/lib/imports/dates";
import { AUTORISATION_KINDS, AUTORISATION_STATES, BUDGET_CATEGORIES } from "@/lib/budgets/labels";
import { amountField, euros, invalid, text } from "@/lib/budgets/schemas";

// ─── AP / AE ───

export const autorisationFieldsSchema = z.object({
  numero: text("Numéro", 40),
  label: text("Libellé", 200),
  kind: z.enum(AUTORISATION_KINDS, {
    error: "Choisissez AP (investissement) ou AE (fonctionnement).",
  }),
  category: z.enum(BUDGET_CATEGORIES, { error: "Choisissez une catégorie." }),
  votedOn: z.string({ error: "Date du vote : obligatoire." }).transform((raw, context) => {
    const date = parseCalendarDate(raw.trim());
    if (!date) {
      context.addIssue({
        code: "custom",
        message: "Date du vote : date invalide (JJ/MM/AAAA ou AAAA-MM-JJ).",
      });
      return z.NEVER;
    }
    return date;
  }),
  amount: amountField("Montant de l'autorisation", { required: true }),
  affected: amountField("Affecté"),
  engaged: amountField("Engagé"),
  state: z.enum(AUTORISATION_STATES, { error: "Choisissez l'état." }).default("VOTEE"),
});

export interface CpEntry {
  exercice: number;
  amountCents: bigint;
}

export interface AutorisationChecked {
  votedYear: number;
  amount: bigint;
  affected: bigint;
  engaged: bigint;
  cp: readonly CpEntry[];
}

/** The rules of an envelope and its schedule as field errors: affecté ≤ montant, engagé ≤ affecté, Σ CP ≤ montant, no CP before the vote. */
export function autorisationErrors(a: AutorisationChecked): Record<string, string> {
  const errors: Record<string, string> = {};
  if (a.affected > a.amount)
    errors.affected = `L'affecté (${euros(a.affected)}) dépasse le montant de l'autorisation (${euros(a.amount)}).`;
  if (a.engaged > a.affected)
    errors.engaged = `L'engagé (${euros(a.engaged)}) dépasse l'affecté (${euros(a.affected)}).`;
  for (const entry of a.cp) {
    if (entry.exercice < a.votedYear && entry.amountCents > 0n) {
      errors[`cp_${entry.exercice}`] =
        `Crédits de paiement ${entry.exercice} : antérieurs à l'année du vote (${a.votedYear}).`;
    }
  }
  const total = a.cp.reduce((sum, entry) => sum + entry.amountCents, 0n);
  if (total > a.amount) {
    errors.cp = `Le total des crédits de paiement (${euros(total)}) dépasse le montant de l'autorisation (${euros(a.amount)}).`;
  }
  return errors;
}

const CP_KEY = /^cp_(\d{4})$/;

/**
 * An AP/AE form: its fields and its CP schedule, one `cp_<exercice>` input per year (empty = none).
 * Every error is collected before refusing, so the form names them all.
 */
export function parseAutorisationInput(input: unknown) {
  const raw = (input ?? {}) as Record<string, unknown>;
  const fieldErrors: Record<string, string> = {};
  const fields = autorisationFieldsSchema.safeParse(raw);
  if (!fields.success)
    for (const issue of fields.error.issues)
      fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
  const cp: CpEntry[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const match = CP_KEY.exec(key);
    if (!match) continue;
    const exercice = Number(match[1]);
    const parsed = amountField(`Crédits de paiement ${exercice}`).safeParse(
      typeof value === "string" ? value : "",
    );
    if (!parsed.success) fieldErrors[key] = parsed.error.issues[0]!.message;
    else if (exercice < 2000 || exercice > 2100)
      fieldErrors[key] = `Crédits de paiement ${exercice} : exercice hors de 2000-2100.`;
    else if (parsed.data > 0n) cp.push({ exercice, amountCents: parsed.data });
  }
  cp.sort((a, b) => a.exercice - b.exercice);
  if (fields.success && Object.keys(fieldErrors).length === 0) {
    const { votedOn, amount, affected, engaged } = fields.data;
    Object.assign(
      fieldErrors,
      autorisationErrors({ votedYear: votedOn.getUTCFullYear(), amount, affected, engaged, cp }),
    );
  }
  if (Object.keys(fieldErrors).length > 0 || !fields.success) throw invalid(fieldErrors);
  return { ...fields.data, cp };
}

export type AutorisationInput = ReturnType<typeof parseAutorisationInput>;
