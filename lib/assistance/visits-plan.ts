import { isWorkingDay, type WorkCalendar } from "@/lib/assistance/working-time";
import type { Weekday } from "@/lib/assistance/visits-vocabulary";

/*
 * The days of a recurring round, « N demi-journées par mois »: in each month of the period, the
 * chosen weekdays that are working days of the collège's calendar (no week-end, no public
 * holiday, optionally no school holiday) and not already taken, then N of them spread over the
 * month. Pure: the caller reads what is taken and writes the visits.
 */

export interface RoundRequest {
  /** AAAA-MM-JJ, both included. */
  from: string;
  to: string;
  perMonth: number;
  weekdays: readonly Weekday[];
}

export interface RoundMonth {
  /** AAAA-MM. */
  month: string;
  wanted: number;
  days: string[];
}

const DAY = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Every day of [from, to], as AAAA-MM-JJ. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY)
    days.push(isoDay(t));
  return days;
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
const weekdayOf = (day: string) => String(new Date(`${day}T00:00:00Z`).getUTCDay() || 7);

/** `count` of the candidates, evenly spread (the first, then every len/count). */
function spread(candidates: readonly string[], count: number): string[] {
  if (candidates.length <= count) return [...candidates];
  return Array.from(
    { length: count },
    (_, i) => candidates[Math.floor((i * candidates.length) / count)]!,
  );
}

/** The months of the round, each with the days chosen (fewer than wanted when too few are free). */
export function roundDays(
  request: RoundRequest,
  calendar: WorkCalendar,
  taken: ReadonlySet<string> = new Set(),
): RoundMonth[] {
  const weekdays = new Set<string>(request.weekdays);
  const byMonth = new Map<string, string[]>();
  for (const day of daysBetween(request.from, request.to)) {
    const month = day.slice(0, 7);
    if (!byMonth.has(month)) byMonth.set(month, []);
    if (weekdays.has(weekdayOf(day)) && isWorkingDay(day, calendar) && !taken.has(day))
      byMonth.get(month)!.push(day);
  }
  return [...byMonth].map(([month, candidates]) => ({
    month,
    wanted: request.perMonth,
    days: spread(candidates, request.perMonth),
  }));
}
