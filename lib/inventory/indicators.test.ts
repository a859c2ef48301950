import { describe, expect, it } from "vitest";
import {
  aggregateIndicators,
  computeIndicators,
  sortRows,
  zeroCounts,
  type EquipmentCounts,
} from "@/lib/inventory/indicator-math";
import { indicatorsQuerySchema, matchesSearch } from "@/lib/inventory/indicators-query";
import { fiveYearsBefore } from "@/lib/inventory/college-counts";

const counts = (overrides: Partial<EquipmentCounts> = {}): EquipmentCounts => ({
  ...zeroCounts(),
  ...overrides,
});

describe("computeIndicators", () => {
  it("gives the ETIC ratios of a collège", () => {
    const values = computeIndicators(
      counts({
        terminaux: 40,
        terminauxDates: 30,
        terminauxPlus5Ans: 12,
        affichages: 6,
        videoprojecteurs: 4,
        classesMobiles: 2,
      }),
      400,
    );
    expect(values).toEqual({
      terminauxPour100: 10,
      elevesParTerminal: 10,
      partPlus5Ans: 40,
      affichagesPour1000: 15,
      videoprojecteursPour1000: 10,
      classesMobilesPour1000: 5,
    });
  });

  it("cannot compute per-pupil ratios without pupils, nor pupils per terminal without terminals", () => {
    const values = computeIndicators(
      counts({ terminaux: 10, terminauxDates: 10, terminauxPlus5Ans: 5 }),
      null,
    );
    expect(values.terminauxPour100).toBeNull();
    expect(values.elevesParTerminal).toBeNull();
    expect(values.partPlus5Ans).toBe(50);
    expect(computeIndicators(counts(), 300).elevesParTerminal).toBeNull();
    expect(computeIndicators(counts(), 300).terminauxPour100).toBe(0);
    expect(computeIndicators(counts({ terminaux: 3 }), 0).terminauxPour100).toBeNull();
  });

  it("leaves the age share empty when no terminal has an acquisition date", () => {
    expect(computeIndicators(counts({ terminaux: 8 }), 100).partPlus5Ans).toBeNull();
  });
});

describe("aggregateIndicators", () => {
  it("divides summed counts by summed pupils of the collèges with a known effectif", () => {
    const rows = [
      {
        ...counts({ terminaux: 40, terminauxDates: 40, terminauxPlus5Ans: 10, affichages: 4 }),
        effectif: { total: 400 },
      },
      {
        ...counts({ terminaux: 60, terminauxDates: 50, terminauxPlus5Ans: 40, affichages: 2 }),
        effectif: { total: 600 },
      },
      // No effectif: out of the per-pupil ratios, its terminals still count in the age share.
      { ...counts({ terminaux: 30, terminauxDates: 10, terminauxPlus5Ans: 10 }), effectif: null },
    ];
    const aggregate = aggregateIndicators(rows);
    expect(aggregate.colleges).toBe(3);
    expect(aggregate.collegesAvecEffectif).toBe(2);
    expect(aggregate.eleves).toBe(1000);
    expect(aggregate.counts.terminaux).toBe(100);
    expect(aggregate.indicators.terminauxPour100).toBe(10);
    expect(aggregate.indicators.elevesParTerminal).toBe(10);
    expect(aggregate.indicators.affichagesPour1000).toBe(6);
    expect(aggregate.age).toEqual({
      terminauxDates: 100,
      terminauxPlus5Ans: 60,
      terminauxSansDate: 30,
    });
    expect(aggregate.indicators.partPlus5Ans).toBe(60);
  });

  it("has nothing to divide by when no collège has an effectif", () => {
    const aggregate = aggregateIndicators([{ ...counts({ terminaux: 5 }), effectif: null }]);
    expect(aggregate.indicators.terminauxPour100).toBeNull();
    expect(aggregate.eleves).toBe(0);
  });
});

describe("helpers", () => {
  it("puts the age limit five years before today, to the day", () => {
    expect(
      fiveYearsBefore(new Date(Date.UTC(2026, 2, 15)))
        .toISOString()
        .slice(0, 10),
    ).toBe("2021-03-15");
  });

  it("searches names and communes without accents, UAIs by prefix", () => {
    const row = { uai: "0350027P", name: "Collège Les Gayeulles", communeName: "Rennes" };
    expect(matchesSearch(row, "gayeulles")).toBe(true);
    expect(matchesSearch(row, "COLLEGE")).toBe(true);
    expect(matchesSearch(row, "0350")).toBe(true);
    expect(matchesSearch(row, "brest")).toBe(false);
    expect(matchesSearch(row, undefined)).toBe(true);
  });

  it("sorts values that cannot be computed last in both directions", () => {
    const rows = [
      { name: "B", uai: "2", v: 5 as number | null },
      { name: "A", uai: "1", v: null },
      { name: "C", uai: "3", v: 9 },
    ];
    expect(sortRows(rows, (r) => r.v, "asc").map((r) => r.name)).toEqual(["B", "C", "A"]);
    expect(sortRows(rows, (r) => r.v, "desc").map((r) => r.name)).toEqual(["C", "B", "A"]);
    expect(sortRows(rows, (r) => r.name, "desc").map((r) => r.name)).toEqual(["C", "B", "A"]);
  });
});

describe("indicatorsQuerySchema", () => {
  it("reads the rentrée of the effectifs beside the other filters, and drops a malformed one", () => {
    expect(indicatorsQuerySchema.parse({ rentree: "2021", departement: "35" })).toMatchObject({
      rentree: 2021,
      departement: "35",
      sort: "name",
      page: 1,
    });
    expect(indicatorsQuerySchema.parse({}).rentree).toBeUndefined();
    for (const bad of ["", "deux mille", "2021-2022", "99999", ["x", "2021"]])
      expect(indicatorsQuerySchema.parse({ rentree: bad }).rentree).toBeUndefined();
  });
});
