import { describe, expect, it } from "vitest";
import { calendarOf, DEFAULT_DAY } from "@/lib/assistance/service-level";
import { daysBetween, roundDays } from "@/lib/assistance/visits-plan";

const rennes = calendarOf({ academieCode: "14", departementCode: "35" }, DEFAULT_DAY, false);
const metz = calendarOf({ academieCode: "12", departementCode: "57" }, DEFAULT_DAY, false);

describe("roundDays", () => {
  it("plans N half-days a month on the chosen weekdays, spread over the month", () => {
    const months = roundDays(
      { from: "2026-09-01", to: "2026-10-31", perMonth: 4, weekdays: ["2", "4"] },
      rennes,
    );
    expect(months.map((m) => [m.month, m.days.length])).toEqual([
      ["2026-09", 4],
      ["2026-10", 4],
    ]);
    // September 2026: Tuesdays and Thursdays 1, 3, 8, 10, 15, 17, 22, 24, 29 → every other one.
    expect(months[0]!.days).toEqual(["2026-09-01", "2026-09-08", "2026-09-15", "2026-09-22"]);
    for (const day of months.flatMap((m) => m.days))
      expect([2, 4]).toContain(new Date(`${day}T00:00:00Z`).getUTCDay());
  });

  it("skips public holidays and week-ends, and gives fewer days when too few are left", () => {
    // May 2026: Fridays 1 (fête du Travail), 8 (Victoire 1945), 15, 22, 29.
    const [may] = roundDays(
      { from: "2026-05-01", to: "2026-05-31", perMonth: 4, weekdays: ["5"] },
      rennes,
    );
    expect(may!.days).toEqual(["2026-05-15", "2026-05-22", "2026-05-29"]);
    expect(may!.wanted).toBe(4);
  });

  it("keeps Alsace-Moselle's Good Friday and leaves out days already taken", () => {
    const period = { from: "2026-04-01", to: "2026-04-30", perMonth: 10, weekdays: ["5"] as const };
    expect(roundDays({ ...period, weekdays: ["5"] }, rennes)[0]!.days).toContain("2026-04-03");
    expect(roundDays({ ...period, weekdays: ["5"] }, metz)[0]!.days).not.toContain("2026-04-03");
    const taken = new Set(["2026-04-10"]);
    expect(roundDays({ ...period, weekdays: ["5"] }, rennes, taken)[0]!.days).toEqual([
      "2026-04-03",
      "2026-04-17",
      "2026-04-24",
    ]);
  });

  it("skips the school holidays of the académie's zone when asked", () => {
    const withHolidays = calendarOf(
      { academieCode: "14", departementCode: "35" },
      DEFAULT_DAY,
      true,
    );
    const round = { from: "2026-10-19", to: "2026-10-30", perMonth: 10, weekdays: ["1"] as const };
    expect(roundDays({ ...round, weekdays: ["1"] }, rennes)[0]!.days).toEqual([
      "2026-10-19",
      "2026-10-26",
    ]);
    expect(roundDays({ ...round, weekdays: ["1"] }, withHolidays)[0]!.days).toEqual([]);
  });

  it("lists every day of a period, both ends included", () => {
    expect(daysBetween("2026-02-27", "2026-03-02")).toEqual([
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
      "2026-03-02",
    ]);
  });
});
