import { z } from "zod";
import type { EquipmentCategory, EquipmentStatus } from "@/lib/generated/prisma/enums";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import type { CategoryRule } from "@/lib/inventory/referential";
import { currentParisYear } from "@/lib/dates";
import { emptyToUndefined, pageSchema, uaiFilterSchema } from "@/lib/schema-fields";

// ─── The due year, as a pure function (renewal-plan.ts mirrors it in SQL; integration tests compare both) ───

/** Why a piece of equipment is due when it is: its age, its warranty's end, or an agent's choice. */
export type RenewalReason = "AGE" | "GARANTIE" | "AJUSTE";

export const RENEWAL_REASON_LABELS: Record<RenewalReason, string> = {
  AGE: "Âge",
  GARANTIE: "Fin de garantie",
  AJUSTE: "Ajusté",
};

/** Only equipment in use is renewed: stock is spare, réformé is gone. */
export const RENEWED_STATUSES = [
  "EN_SERVICE",
  "EN_PANNE",
] as const satisfies readonly EquipmentStatus[];

export const PLAN_YEARS = 5;

export interface RenewalDates {
  acquiredOn: Date | null;
  warrantyEndsOn: Date | null;
  plannedRenewalYear: number | null;
}

/**
 * The year a piece of equipment is due for renewal: the agent's year when set; else acquisition
 * year + the category's renewal age, or the warranty's end year when the rule says so and it comes
 * first; without an acquisition date, the warranty's end year. Null: « non planifiable ».
 */
export function renewalDueOf(
  item: RenewalDates,
  rule: Pick<CategoryRule, "renewalAgeYears" | "renewAtWarrantyEnd">,
): { year: number; reason: RenewalReason } | null {
  if (item.plannedRenewalYear !== null) return { year: item.plannedRenewalYear, reason: "AJUSTE" };
  const warrantyYear = item.warrantyEndsOn ? item.warrantyEndsOn.getUTCFullYear() : null;
  if (!item.acquiredOn)
    return warrantyYear === null ? null : { year: warrantyYear, reason: "GARANTIE" };
  const ageYear = item.acquiredOn.getUTCFullYear() + rule.renewalAgeYears;
  if (rule.renewAtWarrantyEnd && warrantyYear !== null && warrantyYear < ageYear)
    return { year: warrantyYear, reason: "GARANTIE" };
  return { year: ageYear, reason: "AGE" };
}

export type RenewalSlot =
  | { kind: "PLAN"; year: number; overdue: boolean }
  | { kind: "AU_DELA" }
  | { kind: "NON_PLANIFIABLE" };

/** Where a due year falls in a plan: overdue equipment goes to the first year, flagged. */
export function renewalSlotOf(
  dueYear: number | null,
  firstYear: number,
  years = PLAN_YEARS,
): RenewalSlot {
  if (dueYear === null) return { kind: "NON_PLANIFIABLE" };
  if (dueYear > firstYear + years - 1) return { kind: "AU_DELA" };
  return { kind: "PLAN", year: Math.max(dueYear, firstYear), overdue: dueYear < firstYear };
}

// ─── The query of a plan page, from the URL ───

export type RenewalSelection =
  | { kind: "ANNEE"; year: number }
  | { kind: "EN_RETARD" }
  | { kind: "AU_DELA" }
  | { kind: "NON_PLANIFIABLE" };

const SELECTION_KEYS = {
  "en-retard": "EN_RETARD",
  "au-dela": "AU_DELA",
  "non-planifiable": "NON_PLANIFIABLE",
} as const;

const rawQuerySchema = z.object({
  debut: z.preprocess(emptyToUndefined, z.coerce.number().int().optional()).catch(undefined),
  uai: uaiFilterSchema,
  category: z
    .preprocess(emptyToUndefined, z.enum(EQUIPMENT_CATEGORIES).optional())
    .catch(undefined),
  annee: z.string().trim().max(20).optional().catch(undefined),
  page: pageSchema,
  pageSize: z.coerce.number().int().min(10).max(200).default(50).catch(50),
});

export interface RenewalPlanQuery {
  currentYear: number;
  /** First exercice of the plan: the current year, or up to 5 years later (`?debut=`). */
  firstYear: number;
  years: number[];
  uai?: string;
  category?: EquipmentCategory;
  /** Which equipment the detail list shows (default: the first year). */
  selection: RenewalSelection;
  page: number;
  pageSize: number;
}

/** Reads a plan's filters from URL params; out-of-range values fall back to the defaults. */
export function parseRenewalPlanQuery(input: unknown, now: Date = new Date()): RenewalPlanQuery {
  const raw = rawQuerySchema.parse(input ?? {});
  const currentYear = currentParisYear(now);
  const firstYear =
    raw.debut !== undefined && raw.debut >= currentYear && raw.debut <= currentYear + 5
      ? raw.debut
      : currentYear;
  const years = Array.from({ length: PLAN_YEARS }, (_, i) => firstYear + i);
  const key = raw.annee as keyof typeof SELECTION_KEYS | undefined;
  const asYear = raw.annee && /^\d{4}$/.test(raw.annee) ? Number(raw.annee) : NaN;
  const selection: RenewalSelection =
    key && Object.hasOwn(SELECTION_KEYS, key)
      ? { kind: SELECTION_KEYS[key] }
      : years.includes(asYear)
        ? { kind: "ANNEE", year: asYear }
        : { kind: "ANNEE", year: firstYear };
  return {
    currentYear,
    firstYear,
    years,
    uai: raw.uai,
    category: raw.category,
    selection,
    page: raw.page,
    pageSize: raw.pageSize,
  };
}

/** The URL value of a selection (`annee=`), the inverse of parseRenewalPlanQuery's. */
export function selectionParam(selection: RenewalSelection): string {
  if (selection.kind === "ANNEE") return String(selection.year);
  return Object.entries(SELECTION_KEYS).find(([, kind]) => kind === selection.kind)![0];
}
