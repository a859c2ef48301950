import { todayInParis } from "@/lib/dates";

/**
 * Default dates of a new convention: from the first day of next month for three school years,
 * ending on 31 August (conventions follow the school year).
 */
export function defaultConventionDates(now: Date = new Date()): { startsOn: Date; endsOn: Date } {
  const today = todayInParis(now);
  const startsOn = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
  const schoolYear =
    startsOn.getUTCMonth() >= 8 ? startsOn.getUTCFullYear() : startsOn.getUTCFullYear() - 1;
  return { startsOn, endsOn: new Date(Date.UTC(schoolYear + 3, 7, 31)) };
}

/** The day after a date, for a renewal that starts when the previous convention ends. */
export function nextDay(date: Date): Date {
  return new Date(date.getTime() + 86_400_000);
}

/** Three school years from a start date, ending on 31 August. */
export function threeSchoolYearsFrom(startsOn: Date): Date {
  const schoolYear =
    startsOn.getUTCMonth() >= 8 ? startsOn.getUTCFullYear() : startsOn.getUTCFullYear() - 1;
  return new Date(Date.UTC(schoolYear + 3, 7, 31));
}
