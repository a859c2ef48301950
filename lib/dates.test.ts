import { describe, expect, it } from "vitest";
import {
  currentParisYear,
  parisDayAndTime,
  parisInstant,
  parisMidnight,
  todayInParis,
  todayInParisIso,
} from "@/lib/dates";

describe("today in Paris", () => {
  it("is already tomorrow at 23:30 UTC in summer and winter", () => {
    expect(todayInParisIso(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(todayInParisIso(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(todayInParisIso(new Date("2026-12-31T22:30:00Z"))).toBe("2026-12-31");
  });

  it("is a UTC midnight, comparable with @db.Date columns", () => {
    expect(todayInParis(new Date("2026-03-10T23:15:00Z")).toISOString()).toBe(
      "2026-03-11T00:00:00.000Z",
    );
  });

  it("gives the budget exercice of the Paris calendar", () => {
    expect(currentParisYear(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    expect(currentParisYear(new Date("2026-12-31T12:00:00Z"))).toBe(2026);
  });
});

describe("parisMidnight", () => {
  it("is 23:00 UTC the day before in winter and 22:00 in summer", () => {
    expect(parisMidnight("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(parisMidnight("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
  });

  it("shifts by whole days across a clock change", () => {
    expect(parisMidnight("2026-03-28", 1).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(parisMidnight("2026-03-29", 1).toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });
});

describe("todayInParisIso", () => {
  it("uses the Paris calendar day", () => {
    expect(todayInParisIso(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
  });
});

describe("parisInstant / parisDayAndTime", () => {
  it("reads a Paris time in winter (UTC+1) and in summer (UTC+2)", () => {
    expect(parisInstant("2027-01-14", "14:00").toISOString()).toBe("2027-01-14T13:00:00.000Z");
    expect(parisInstant("2027-06-14", "14:00").toISOString()).toBe("2027-06-14T12:00:00.000Z");
  });

  it("settles the offset on the days the clocks change", () => {
    // 28 March 2027: 02:00 → 03:00; 31 October 2027: 03:00 → 02:00.
    expect(parisInstant("2027-03-28", "09:30").toISOString()).toBe("2027-03-28T07:30:00.000Z");
    expect(parisInstant("2027-03-28", "00:30").toISOString()).toBe("2027-03-27T23:30:00.000Z");
    expect(parisInstant("2027-10-31", "18:00").toISOString()).toBe("2027-10-31T17:00:00.000Z");
  });

  it("gives back the day and time it was given", () => {
    for (const [day, time] of [
      ["2027-01-14", "14:00"],
      ["2027-07-01", "23:45"],
      ["2027-12-31", "00:15"],
    ] as const)
      expect(parisDayAndTime(parisInstant(day, time))).toEqual({ day, time });
  });
});
