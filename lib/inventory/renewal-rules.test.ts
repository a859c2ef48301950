import { describe, expect, it } from "vitest";
import {
  parseRenewalPlanQuery,
  renewalDueOf,
  renewalSlotOf,
  selectionParam,
} from "@/lib/inventory/renewal-rules";
import { currentParisYear } from "@/lib/dates";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const postes = { renewalAgeYears: 6, renewAtWarrantyEnd: false };
const atWarranty = { renewalAgeYears: 6, renewAtWarrantyEnd: true };
const item = (
  acquiredOn: string | null,
  warrantyEndsOn: string | null,
  plannedRenewalYear: number | null = null,
) => ({
  acquiredOn: acquiredOn ? d(acquiredOn) : null,
  warrantyEndsOn: warrantyEndsOn ? d(warrantyEndsOn) : null,
  plannedRenewalYear,
});

describe("renewalDueOf", () => {
  it("adds the category's renewal age to the acquisition year", () => {
    expect(renewalDueOf(item("2020-09-01", null), postes)).toEqual({ year: 2026, reason: "AGE" });
    expect(
      renewalDueOf(item("2020-01-01", null), { renewalAgeYears: 4, renewAtWarrantyEnd: false }),
    ).toEqual({ year: 2024, reason: "AGE" });
  });

  it("ignores the warranty unless the rule says to renew at its end", () => {
    expect(renewalDueOf(item("2020-09-01", "2023-09-01"), postes)).toEqual({
      year: 2026,
      reason: "AGE",
    });
  });

  it("renews at the warranty's end when the rule says so and it comes first", () => {
    expect(renewalDueOf(item("2020-09-01", "2023-09-01"), atWarranty)).toEqual({
      year: 2023,
      reason: "GARANTIE",
    });
    // A warranty ending after the renewal age changes nothing; the same year counts as the age.
    expect(renewalDueOf(item("2020-09-01", "2028-09-01"), atWarranty)).toEqual({
      year: 2026,
      reason: "AGE",
    });
    expect(renewalDueOf(item("2020-09-01", "2026-12-31"), atWarranty)).toEqual({
      year: 2026,
      reason: "AGE",
    });
  });

  it("keeps the year an agent set, whatever the dates", () => {
    expect(renewalDueOf(item("2015-01-01", "2018-01-01", 2029), atWarranty)).toEqual({
      year: 2029,
      reason: "AJUSTE",
    });
    expect(renewalDueOf(item(null, null, 2027), postes)).toEqual({ year: 2027, reason: "AJUSTE" });
  });

  it("uses the warranty's end without an acquisition date, and gives up without either", () => {
    expect(renewalDueOf(item(null, "2027-06-30"), postes)).toEqual({
      year: 2027,
      reason: "GARANTIE",
    });
    expect(renewalDueOf(item(null, null), postes)).toBeNull();
  });

  it("reads calendar dates in UTC (how @db.Date values arrive)", () => {
    expect(renewalDueOf(item("2020-01-01", null), postes)?.year).toBe(2026);
    expect(renewalDueOf(item("2020-12-31", null), postes)?.year).toBe(2026);
  });
});

describe("renewalSlotOf", () => {
  it("puts overdue equipment in the first year, flagged", () => {
    expect(renewalSlotOf(2019, 2026)).toEqual({ kind: "PLAN", year: 2026, overdue: true });
    expect(renewalSlotOf(2026, 2026)).toEqual({ kind: "PLAN", year: 2026, overdue: false });
  });

  it("keeps five exercices and counts the rest apart", () => {
    expect(renewalSlotOf(2030, 2026)).toEqual({ kind: "PLAN", year: 2030, overdue: false });
    expect(renewalSlotOf(2031, 2026)).toEqual({ kind: "AU_DELA" });
    expect(renewalSlotOf(2031, 2026, 6)).toEqual({ kind: "PLAN", year: 2031, overdue: false });
    expect(renewalSlotOf(null, 2026)).toEqual({ kind: "NON_PLANIFIABLE" });
  });
});

describe("currentParisYear", () => {
  it("turns the year at midnight in Paris, not in UTC", () => {
    expect(currentParisYear(new Date("2025-12-31T23:30:00Z"))).toBe(2026);
    expect(currentParisYear(new Date("2025-12-31T22:59:00Z"))).toBe(2025);
  });
});

describe("parseRenewalPlanQuery", () => {
  const now = new Date("2026-03-15T10:00:00Z");

  it("starts with the current year by default, on the first year's list", () => {
    const query = parseRenewalPlanQuery({}, now);
    expect(query.firstYear).toBe(2026);
    expect(query.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(query.selection).toEqual({ kind: "ANNEE", year: 2026 });
    expect(query.page).toBe(1);
  });

  it("accepts a start from the current year to five years later, and nothing else", () => {
    expect(parseRenewalPlanQuery({ debut: "2031" }, now).firstYear).toBe(2031);
    expect(parseRenewalPlanQuery({ debut: "2032" }, now).firstYear).toBe(2026);
    expect(parseRenewalPlanQuery({ debut: "2025" }, now).firstYear).toBe(2026);
    expect(parseRenewalPlanQuery({ debut: "abc" }, now).firstYear).toBe(2026);
  });

  it("reads the list's slot: a plan year or one of the named slots", () => {
    expect(parseRenewalPlanQuery({ annee: "2028" }, now).selection).toEqual({
      kind: "ANNEE",
      year: 2028,
    });
    expect(parseRenewalPlanQuery({ annee: "2035" }, now).selection).toEqual({
      kind: "ANNEE",
      year: 2026,
    });
    expect(parseRenewalPlanQuery({ annee: "en-retard" }, now).selection).toEqual({
      kind: "EN_RETARD",
    });
    expect(parseRenewalPlanQuery({ annee: "au-dela" }, now).selection).toEqual({ kind: "AU_DELA" });
    expect(parseRenewalPlanQuery({ annee: "non-planifiable" }, now).selection).toEqual({
      kind: "NON_PLANIFIABLE",
    });
    expect(parseRenewalPlanQuery({ annee: "toString" }, now).selection).toEqual({
      kind: "ANNEE",
      year: 2026,
    });
  });

  it("keeps valid filters and drops invalid ones", () => {
    const query = parseRenewalPlanQuery(
      { uai: "0350027p", category: "POSTE_FIXE", page: "3" },
      now,
    );
    expect(query).toMatchObject({ uai: "0350027P", category: "POSTE_FIXE", page: 3 });
    expect(parseRenewalPlanQuery({ uai: "x';--", category: "CAFETIERE" }, now)).toMatchObject({
      uai: undefined,
      category: undefined,
    });
  });

  it("writes a selection back as the URL reads it", () => {
    for (const annee of ["2027", "en-retard", "au-dela", "non-planifiable"]) {
      expect(selectionParam(parseRenewalPlanQuery({ annee }, now).selection)).toBe(annee);
    }
  });
});
