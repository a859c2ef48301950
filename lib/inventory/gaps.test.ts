import { describe, expect, it } from "vitest";
import { computeGaps, totalGaps } from "@/lib/inventory/gaps";
import { gapsQuerySchema } from "@/lib/inventory/gaps-query";
import { DEFAULT_RULES, DEFAULT_TARGETS } from "@/lib/inventory/referential";

const defaults = { targets: DEFAULT_TARGETS, rules: DEFAULT_RULES };

describe("computeGaps", () => {
  it("measures a collège of 400 pupils against the default référentiel", () => {
    const gaps = computeGaps(
      { terminaux: 100, affichages: 20, classesMobiles: 0, bornesWifi: 3 },
      400,
      defaults,
    )!;
    // 400 / 25 = 16 classrooms; 400 / 3 = 133,3 → 134 terminals; 16 displays; 2 classes mobiles; 8 bornes.
    expect(gaps.salles).toBe(16);
    expect(gaps.lines.terminaux).toMatchObject({
      required: 134,
      actual: 100,
      missing: 34,
      excess: 0,
    });
    expect(gaps.lines.affichages).toMatchObject({
      required: 16,
      actual: 20,
      missing: 0,
      excess: 4,
    });
    expect(gaps.lines.classesMobiles).toMatchObject({
      required: 2,
      actual: 0,
      missing: 2,
      excess: 0,
    });
    expect(gaps.lines.bornesWifi).toMatchObject({ required: 8, actual: 3, missing: 5, excess: 0 });
    // Terminals at the poste fixe cost, classes mobiles and bornes at theirs.
    expect(gaps.lines.terminaux.missingCostCents).toBe(34 * 80_000);
    expect(gaps.missingCostCents).toBe(34 * 80_000 + 2 * 150_000 + 5 * 35_000);
    expect(gaps.enEcart).toBe(true);
  });

  it("prices missing displays at the ENI cost and rounds up without float noise", () => {
    const referential = {
      targets: {
        elevesParTerminal: 0.3,
        elevesParSalle: 10,
        affichagesParSalle: 1.1,
        classesMobilesParCollege: 0,
        bornesWifiParSalle: 0,
      },
      rules: { ...DEFAULT_RULES, ENI: { ...DEFAULT_RULES.ENI, unitCostCents: 100_000 } },
    };
    const gaps = computeGaps(
      { terminaux: 100, affichages: 0, classesMobiles: 0, bornesWifi: 0 },
      100,
      referential,
    )!;
    expect(gaps.lines.terminaux.required).toBe(334); // 100 / 0,3 = 333,3…
    expect(
      computeGaps(
        { terminaux: 0, affichages: 0, classesMobiles: 0, bornesWifi: 0 },
        30,
        referential,
      )!.lines.terminaux.required,
    ).toBe(100);
    expect(gaps.salles).toBe(10);
    expect(gaps.lines.affichages.required).toBe(11); // 10 × 1,1, not 12
    expect(gaps.lines.affichages.missingCostCents).toBe(11 * 100_000);
  });

  it("is not computable without pupils, and not in gap when everything is there", () => {
    expect(
      computeGaps(
        { terminaux: 1, affichages: 1, classesMobiles: 1, bornesWifi: 1 },
        null,
        defaults,
      ),
    ).toBeNull();
    const full = computeGaps(
      { terminaux: 200, affichages: 16, classesMobiles: 2, bornesWifi: 8 },
      400,
      defaults,
    )!;
    expect(full.enEcart).toBe(false);
    expect(full.missingCostCents).toBe(0);
    expect(full.lines.terminaux.excess).toBe(66);
  });

  it("totals the measured collèges and counts the others apart", () => {
    const a = computeGaps(
      { terminaux: 100, affichages: 20, classesMobiles: 0, bornesWifi: 3 },
      400,
      defaults,
    );
    const b = computeGaps(
      { terminaux: 200, affichages: 16, classesMobiles: 2, bornesWifi: 8 },
      400,
      defaults,
    );
    const totals = totalGaps([{ gaps: a }, { gaps: b }, { gaps: null }]);
    expect(totals).toMatchObject({
      colleges: 3,
      nonCalculables: 1,
      enEcart: 1,
      missingCostCents: a!.missingCostCents,
    });
    expect(totals.lines.terminaux).toMatchObject({
      required: 268,
      actual: 300,
      missing: 34,
      excess: 66,
    });
  });
});

describe("gapsQuerySchema", () => {
  it("sorts by the cost of what is missing, largest first, by default", () => {
    expect(gapsQuerySchema.parse({})).toMatchObject({ sort: "cout", dir: "desc", page: 1 });
    expect(gapsQuerySchema.parse({ sort: "name" })).toMatchObject({ sort: "name", dir: "asc" });
    expect(
      gapsQuerySchema.parse({ sort: "cout", dir: "asc", ecart: "1", departement: "35" }),
    ).toMatchObject({ dir: "asc", ecart: "1", departement: "35" });
    expect(gapsQuerySchema.parse({ sort: "x; DROP", page: "-3", ecart: "oui" })).toMatchObject({
      sort: "cout",
      page: 1,
      ecart: undefined,
    });
  });
});
