import { describe, expect, it } from "vitest";
import {
  addWorkingMinutes,
  isWorkingDay,
  workingMinutesBetween,
  type WorkCalendar,
} from "@/lib/assistance/working-time";

/** 08:00–17:30 in Paris, the common calendar of public holidays, no school holidays. */
const PARIS: WorkCalendar = {
  workdayStart: 480,
  workdayEnd: 1050,
  timeZone: "Europe/Paris",
  holidayState: "",
  schoolZone: null,
};
const at = (iso: string) => new Date(iso);

describe("working days", () => {
  it("skips week-ends and French public holidays", () => {
    expect(isWorkingDay("2026-07-13", PARIS)).toBe(true); // Monday
    expect(isWorkingDay("2026-07-14", PARIS)).toBe(false); // Fête nationale, a Tuesday
    expect(isWorkingDay("2026-05-14", PARIS)).toBe(false); // Ascension
    expect(isWorkingDay("2026-12-05", PARIS)).toBe(false); // Saturday
  });

  it("knows the holidays of Alsace-Moselle and the school holidays of a zone", () => {
    expect(isWorkingDay("2026-12-28", PARIS)).toBe(true);
    expect(isWorkingDay("2026-12-28", { ...PARIS, schoolZone: "B" })).toBe(false); // Noël
    expect(isWorkingDay("2026-04-03", PARIS)).toBe(true); // Vendredi saint
    expect(isWorkingDay("2026-04-03", { ...PARIS, holidayState: "57" })).toBe(false);
    // Winter holidays 2026 of zone B (14 Feb – 2 Mar), not those of zone A (7 – 23 Feb).
    expect(isWorkingDay("2026-02-24", { ...PARIS, schoolZone: "B" })).toBe(false);
    expect(isWorkingDay("2026-02-24", { ...PARIS, schoolZone: "A" })).toBe(true);
  });
});

describe("working minutes between two instants", () => {
  it("counts only the hours of the working day", () => {
    // Monday 7 Dec 2026, 16:30 Paris (UTC+1) → Tuesday 9:00: 60 + 60 minutes.
    expect(
      workingMinutesBetween(at("2026-12-07T15:30:00Z"), at("2026-12-08T08:00:00Z"), PARIS),
    ).toBe(120);
  });

  it("jumps the week-end and a public holiday", () => {
    // Friday 10 Jul 2026, 17:00 Paris (UTC+2) → Wednesday 15 Jul, 9:00: 30 + 570 (Mon) + 60.
    expect(
      workingMinutesBetween(at("2026-07-10T15:00:00Z"), at("2026-07-15T07:00:00Z"), PARIS),
    ).toBe(660);
  });

  it("takes pauses out, open or closed", () => {
    const from = at("2026-12-07T07:00:00Z"); // Monday 8:00 Paris
    const to = at("2026-12-07T16:30:00Z"); // 17:30
    const lunchPause = {
      startedAt: at("2026-12-07T11:00:00Z"),
      endedAt: at("2026-12-07T13:00:00Z"),
    };
    expect(workingMinutesBetween(from, to, PARIS, [lunchPause])).toBe(570 - 120);
    const open = { startedAt: at("2026-12-07T15:00:00Z"), endedAt: null };
    expect(workingMinutesBetween(from, to, PARIS, [open])).toBe(480);
  });

  it("follows the change to summer time", () => {
    // Friday 27 Mar 2026 17:00 (UTC+1) → Monday 30 Mar 9:00 (UTC+2): 30 + 60.
    expect(
      workingMinutesBetween(at("2026-03-27T16:00:00Z"), at("2026-03-30T07:00:00Z"), PARIS),
    ).toBe(90);
  });

  it("counts in the collège's own time zone overseas", () => {
    const reunion = { ...PARIS, timeZone: "Indian/Reunion", holidayState: "RE" };
    // 8:00 → 12:00 at La Réunion (UTC+4) is 4:00 → 8:00 UTC.
    expect(
      workingMinutesBetween(at("2026-12-07T04:00:00Z"), at("2026-12-07T08:00:00Z"), reunion),
    ).toBe(240);
    // 20 December, abolition of slavery at La Réunion: a public holiday there only (a Monday in 2027).
    expect(isWorkingDay("2027-12-20", reunion)).toBe(false);
    expect(isWorkingDay("2027-12-20", PARIS)).toBe(true);
  });
});

describe("deadlines", () => {
  it("adds working minutes across nights, week-ends and holidays", () => {
    // Reported Friday 10 Jul 2026 at 16:00 Paris; 1 working day (570 min) later: 90 min left on
    // Friday, Monday 13 gives the rest: 8:00 + 480 min = 16:00 Monday (14 July is not reached).
    expect(addWorkingMinutes(at("2026-07-10T14:00:00Z"), 570, PARIS)?.toISOString()).toBe(
      "2026-07-13T14:00:00.000Z",
    );
    // Two working days from Monday 13 Jul 16:00: Wednesday 15 at 16:00 (the 14th does not count).
    expect(addWorkingMinutes(at("2026-07-13T14:00:00Z"), 1140, PARIS)?.toISOString()).toBe(
      "2026-07-16T14:00:00.000Z",
    );
  });

  it("moves the deadline by the length of a closed pause, and has none while paused", () => {
    const from = at("2026-12-07T07:00:00Z"); // Monday 8:00
    const pause = { startedAt: at("2026-12-07T09:00:00Z"), endedAt: at("2026-12-08T09:00:00Z") };
    // 4 h: 2 h on Monday before the pause, then Tuesday from 10:00 → 12:00 Paris.
    expect(addWorkingMinutes(from, 240, PARIS, [pause])?.toISOString()).toBe(
      "2026-12-08T11:00:00.000Z",
    );
    expect(addWorkingMinutes(from, 240, PARIS, [{ ...pause, endedAt: null }])).toBeNull();
  });

  it("is the inverse of the count", () => {
    const from = at("2026-10-15T12:34:00Z");
    const calendar = { ...PARIS, schoolZone: "B" as const };
    const due = addWorkingMinutes(from, 1710, calendar)!;
    expect(workingMinutesBetween(from, due, calendar)).toBe(1710);
  });
});
