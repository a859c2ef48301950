import { z } from "zod";
import type { ConventionParty } from "@/lib/generated/prisma/enums";
import { presentValue } from "@/lib/dashboards/url-value";
import { todayInParisIso } from "@/lib/dates";
import { HANDLER_PARTIES, ROUTING_LEVELS, type RoutingLevel } from "@/lib/assistance/vocabulary";

/*
 * The assistance measures' URL filters (the same on the three dashboards and their exports): the
 * queue (`?partie=`), the level (`?niveau=`) and the months reported (`?du=` / `?au=`, AAAA-MM).
 * An invalid value is dropped and the default applies: every queue, every level, the last 12 months.
 */

const month = z
  .string()
  .trim()
  .regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, "Mois attendu au format AAAA-MM.");

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(presentValue, schema.optional()).catch(undefined);

export const assistanceMeasuresQuerySchema = z.object({
  partie: optional(z.enum(HANDLER_PARTIES)),
  niveau: optional(z.enum(ROUTING_LEVELS)),
  du: optional(month),
  au: optional(month),
});

export type AssistanceMeasuresQuery = z.output<typeof assistanceMeasuresQuerySchema>;

/** The months measured: the first and the last, both included (AAAA-MM). */
export interface MeasuresPeriod {
  from: string;
  to: string;
}

export interface MeasuresFilters {
  party: ConventionParty | null;
  level: RoutingLevel | null;
  period: MeasuresPeriod;
}

/** The month `shift` months after `yyyyMm` (negative: before). */
export function shiftMonth(yyyyMm: string, shift: number): string {
  const [year, monthNumber] = yyyyMm.split("-").map(Number) as [number, number];
  const index = year * 12 + monthNumber - 1 + shift;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** How many months the period may span: three years of monthly bars stay readable. */
export const MAX_MONTHS = 36;

/**
 * The filters of the URL for the day `now`: by default the 12 months ending with the current one
 * (Paris). A start after the end, or more than MAX_MONTHS apart, falls back to 12 months.
 */
export function measuresFiltersOf(input: unknown, now: Date): MeasuresFilters {
  const query = assistanceMeasuresQuerySchema.parse(input ?? {});
  const to = query.au ?? todayInParisIso(now).slice(0, 7);
  const from = query.du ?? shiftMonth(to, -11);
  const span = monthsBetween(from, to);
  const valid = span >= 1 && span <= MAX_MONTHS;
  return {
    party: query.partie ?? null,
    level: query.niveau ?? null,
    period: { from: valid ? from : shiftMonth(to, -11), to },
  };
}

/** Months from `from` to `to`, both included (0 or less when `from` is after `to`). */
export function monthsBetween(from: string, to: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return index(to) - index(from) + 1;
}

/** The filters as URL parameters (the exports' links), absent ones left out. */
export function measuresSearchOf(f: MeasuresFilters): Record<string, string> {
  return {
    ...(f.party ? { partie: f.party } : {}),
    ...(f.level ? { niveau: f.level } : {}),
    du: f.period.from,
    au: f.period.to,
  };
}

/** The tables the dashboards' export routes serve for assistance, one key each. */
export const ASSISTANCE_EXPORT_KEYS = [
  "assistance-volume",
  "assistance-delais",
  "assistance-stock",
  "assistance-equipements",
  "assistance-modeles",
] as const;
export type AssistanceExportKey = (typeof ASSISTANCE_EXPORT_KEYS)[number];

export const assistanceExportKeySchema = z.preprocess(presentValue, z.enum(ASSISTANCE_EXPORT_KEYS));
