import type { HalfDay, VisitStatus } from "@/lib/generated/prisma/enums";
import { keysOf } from "@/lib/objects";

/*
 * The words of the proactive rounds (« tournées ») that forms and pages need in the browser,
 * kept apart from the zod schemas like lib/assistance/vocabulary.ts.
 */

export const HALF_DAY_LABELS: Record<HalfDay, string> = {
  MATIN: "Matin",
  APRES_MIDI: "Après-midi",
};
export const HALF_DAYS = keysOf(HALF_DAY_LABELS);

export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = {
  PREVUE: "Prévue",
  REALISEE: "Réalisée",
  ANNULEE: "Annulée",
};
export const VISIT_STATUSES = keysOf(VISIT_STATUS_LABELS);
export type { VisitStatus };

/** The weekdays a round may use, by their ISO number (1 = lundi): never a week-end. */
export const WEEKDAY_LABELS = {
  "1": "Lundi",
  "2": "Mardi",
  "3": "Mercredi",
  "4": "Jeudi",
  "5": "Vendredi",
} as const;
export type Weekday = keyof typeof WEEKDAY_LABELS;
export const WEEKDAYS = keysOf(WEEKDAY_LABELS);

/** The most half-days a round plans in a month, and the longest period it covers. */
export const MAX_VISITS_PER_MONTH = 20;
export const MAX_ROUND_MONTHS = 12;

const monthFormat = new Intl.DateTimeFormat("fr-FR", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** « mai 2026 » for 2026-05. */
export function monthLabel(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

/** The month AAAA-MM `offset` months after `month`. */
export function shiftMonth(month: string, offset: number): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + offset);
  return date.toISOString().slice(0, 7);
}
