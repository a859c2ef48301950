import { describe, expect, it } from "vitest";
import { currentParisYear, parisMidnight, todayInParis, todayInParisIso } from "@/lib/dates";

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
