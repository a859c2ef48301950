/*
 * The calendar in Paris: deadlines, school years, budget exercices and « today » are French
 * dates, whatever the server's time zone. Dates of @db.Date columns are UTC midnights.
 */

const parisDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today in Paris as AAAA-MM-JJ (a date bought this morning is not « in the future » at 0 h 30). */
export function todayInParisIso(now: Date = new Date()): string {
  return parisDay.format(now);
}

/** Today's calendar day in Paris, as a UTC-midnight date comparable with @db.Date columns. */
export function todayInParis(now: Date = new Date()): Date {
  return new Date(`${todayInParisIso(now)}T00:00:00Z`);
}

/** The calendar year in Paris: budget exercices are calendar years. */
export function currentParisYear(now: Date = new Date()): number {
  return todayInParis(now).getUTCFullYear();
}

const parisHour = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Paris",
  hour: "numeric",
  hourCycle: "h23",
});

/**
 * Midnight in Paris of a valid day `AAAA-MM-JJ`, shifted by `days`. Paris is ahead of UTC, so the
 * Paris hour at that day's UTC midnight is its offset (clocks change at 01:00 UTC, never at
 * midnight).
 */
export function parisMidnight(day: string, days = 0): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(utcMidnight - Number(parisHour.format(utcMidnight)) * 3_600_000);
}

const parisWallClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Paris wall clock at an instant, read as if it were UTC (its offset is the difference). */
function parisWallAsUtc(instant: number): number {
  const part = (type: string) =>
    parisWallClock.formatToParts(instant).find((p) => p.type === type)!.value;
  return Date.parse(
    `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}:00Z`,
  );
}

/**
 * The instant of a Paris time `HH:MM` on a day `AAAA-MM-JJ` (a meeting's start). The offset is
 * read at the first guess, then again at the result, which settles it across a clock change.
 */
export function parisInstant(day: string, time: string): Date {
  const wall = Date.parse(`${day}T${time}:00Z`);
  let instant = wall - 3_600_000;
  for (let i = 0; i < 2; i++) instant = wall - (parisWallAsUtc(instant) - instant);
  return new Date(instant);
}

/** The Paris day `AAAA-MM-JJ` and time `HH:MM` of an instant (to fill a form with it). */
export function parisDayAndTime(instant: Date): { day: string; time: string } {
  const iso = new Date(parisWallAsUtc(instant.getTime())).toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}
