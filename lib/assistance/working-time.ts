import Holidays from "date-holidays";
import { isSchoolHoliday, type SchoolZone } from "@/lib/assistance/school-holidays";

/*
 * The service-level clock counts working time: the hours of the working day, Monday to Friday,
 * outside public holidays (date-holidays, which knows Alsace-Moselle and the overseas
 * départements) and, when the service level says so, outside the school holidays of the
 * académie's zone; pauses (waiting for the collège or a supplier) stop it.
 */

/** The calendar an incident's clock counts in, stored on the incident when it is routed. */
export interface WorkCalendar {
  /** Minutes after local midnight. */
  workdayStart: number;
  workdayEnd: number;
  timeZone: string;
  /** date-holidays' state of France: "" for the common calendar, "57", "GP"… */
  holidayState: string;
  /** Null: school holidays are working days for this service level. */
  schoolZone: SchoolZone | null;
}

export interface Pause {
  startedAt: Date;
  /** Null: still paused. */
  endedAt: Date | null;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** A deadline further than this many days is not computed (a calendar of only holidays). */
const MAX_DAYS = 1_000;

/** "08:30" → 510. */
export function minutesOfClock(clock: string): number {
  const [hours, minutes] = clock.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formats.set(timeZone, format);
  }
  return format;
}

function localParts(instant: number, timeZone: string) {
  const parts = Object.fromEntries(
    formatIn(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    asUtc: Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    ),
  };
}

/** The local calendar day (AAAA-MM-JJ) of an instant. */
export function localDay(instant: Date | number, timeZone: string): string {
  return localParts(Number(instant), timeZone).day;
}

/** The instant of a local day's minute in the time zone (offset read at that instant). */
export function zonedInstant(day: string, minutes: number, timeZone: string): number {
  const wall = Date.parse(`${day}T00:00:00Z`) + minutes * MINUTE;
  const offset = (at: number) => Math.round((localParts(at, timeZone).asUtc - at) / MINUTE);
  const first = wall - offset(wall) * MINUTE;
  return wall - offset(first) * MINUTE;
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);

const holidayCache = new Map<string, Set<string>>();
function publicHolidays(state: string, year: number): Set<string> {
  const key = `${state}/${year}`;
  let days = holidayCache.get(key);
  if (!days) {
    const calendar = state ? new Holidays("FR", state) : new Holidays("FR");
    days = new Set(
      calendar
        .getHolidays(year)
        .filter((h) => h.type === "public")
        .map((h) => h.date.slice(0, 10)),
    );
    holidayCache.set(key, days);
  }
  return days;
}

/** Whether the local day counts: a weekday, not a public holiday, not a school holiday of the zone. */
export function isWorkingDay(day: string, calendar: WorkCalendar): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (publicHolidays(calendar.holidayState, Number(day.slice(0, 4))).has(day)) return false;
  return !(calendar.schoolZone && isSchoolHoliday(day, calendar.schoolZone));
}

/** The working stretches of one day within [from, to), pauses taken out, in order. */
function stretches(
  day: string,
  from: number,
  to: number,
  calendar: WorkCalendar,
  pauses: readonly Pause[],
) {
  if (!isWorkingDay(day, calendar)) return [];
  let pieces: [number, number][] = [
    [
      Math.max(from, zonedInstant(day, calendar.workdayStart, calendar.timeZone)),
      Math.min(to, zonedInstant(day, calendar.workdayEnd, calendar.timeZone)),
    ],
  ];
  for (const pause of pauses) {
    const start = pause.startedAt.getTime();
    const end = pause.endedAt ? pause.endedAt.getTime() : Infinity;
    pieces = pieces.flatMap(([s, e]): [number, number][] =>
      end <= s || start >= e
        ? [[s, e]]
        : (
            [
              [s, Math.min(e, start)],
              [Math.max(s, end), e],
            ] as [number, number][]
          ).filter(([a, b]) => b > a),
    );
  }
  return pieces.filter(([s, e]) => e > s);
}

/** Working minutes between two instants (whole minutes, rounded down), pauses excluded. */
export function workingMinutesBetween(
  from: Date,
  to: Date,
  calendar: WorkCalendar,
  pauses: readonly Pause[] = [],
): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start) return 0;
  let total = 0;
  const lastDay = localDay(end, calendar.timeZone);
  for (let day = localDay(start, calendar.timeZone); day <= lastDay; day = nextDay(day))
    for (const [s, e] of stretches(day, start, end, calendar, pauses)) total += e - s;
  return Math.floor(total / MINUTE);
}

/**
 * The instant `minutes` working minutes after `from`, pauses excluded; null while a pause is
 * still open (the clock stands still, so no deadline exists) or beyond MAX_DAYS.
 */
export function addWorkingMinutes(
  from: Date,
  minutes: number,
  calendar: WorkCalendar,
  pauses: readonly Pause[] = [],
): Date | null {
  if (pauses.some((p) => p.endedAt === null)) return null;
  let remaining = minutes * MINUTE;
  const start = from.getTime();
  let day = localDay(start, calendar.timeZone);
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    for (const [s, e] of stretches(day, start, Infinity, calendar, pauses)) {
      if (e - s >= remaining) return new Date(s + remaining);
      remaining -= e - s;
    }
  }
  return null;
}

/** The length of a working day of the calendar, in minutes: a « jour ouvré » of a service level. */
export function workdayMinutes(
  calendar: Pick<WorkCalendar, "workdayStart" | "workdayEnd">,
): number {
  return calendar.workdayEnd - calendar.workdayStart;
}
