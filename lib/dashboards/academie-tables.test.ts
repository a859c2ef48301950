import { describe, expect, it } from "vitest";
import {
  aggregateIndicators,
  computeIndicators,
  zeroCounts,
  type EquipmentCounts,
} from "@/lib/inventory/indicator-math";
import { NATIONAL_REFERENCES } from "@/lib/inventory/national-references";
import { spreadsheetHeader, spreadsheetRows } from "@/lib/exports/data-table";
import { ACADEMIE_CHART_KEYS } from "@/lib/dashboards/academie-schemas";
import { academieTable } from "@/lib/dashboards/academie-tables";
import { referenceNumber } from "@/lib/dashboards/reference-number";
import type { AcademieDashboard } from "@/lib/dashboards/academie-dashboard";

const counts = (overrides: Partial<EquipmentCounts> = {}): EquipmentCounts => ({
  ...zeroCounts(),
  ...overrides,
});

const c35 = counts({
  terminaux: 150,
  terminauxDates: 100,
  terminauxPlus5Ans: 25,
  affichages: 12,
  videoprojecteurs: 3,
});
const c22 = counts({ terminaux: 30, terminauxDates: 30, terminauxPlus5Ans: 30 });
const agg35 = aggregateIndicators([{ ...c35, effectif: { total: 1000 } }]);
const agg22 = aggregateIndicators([{ ...c22, effectif: null }]);

function dashboard(overrides: Partial<AcademieDashboard> = {}): AcademieDashboard {
  return {
    academie: { code: "14", name: "Rennes" },
    departements: [
      {
        code: "22",
        name: "Côtes-d'Armor",
        coverage: { colleges: 1, inForce: 0, inSignature: 1, drafts: 0 },
        backlog: { inSignature: 1, awaitingAcademie: 1 },
        indicators: agg22,
        needsAwaitingOpinion: 2,
      },
      {
        code: "35",
        name: "Ille-et-Vilaine",
        coverage: { colleges: 3, inForce: 2, inSignature: 1, drafts: 0 },
        backlog: { inSignature: 1, awaitingAcademie: 0 },
        indicators: agg35,
        needsAwaitingOpinion: 0,
      },
      {
        code: "56",
        name: "Morbihan",
        coverage: { colleges: 0, inForce: 0, inSignature: 0, drafts: 0 },
        backlog: { inSignature: 0, awaitingAcademie: 0 },
        indicators: null,
        needsAwaitingOpinion: 0,
      },
    ],
    total: {
      coverage: { colleges: 4, inForce: 2, inSignature: 2, drafts: 0 },
      backlog: { inSignature: 3, awaitingAcademie: 2 },
      indicators: aggregateIndicators([
        { ...c35, effectif: { total: 1000 } },
        { ...c22, effectif: null },
      ]),
      needsAwaitingOpinion: 2,
    },
    cadres: { inSignature: 1, awaitingAcademie: 1 },
    campaigns: [],
    references: NATIONAL_REFERENCES,
    rentree: null,
    rentrees: [2025, 2024],
    filter: { kind: "all" },
    drill: null,
    ...overrides,
  };
}

describe("referenceNumber", () => {
  it("reads a reference's figure for a chart line, and nothing from a range", () => {
    expect(referenceNumber(NATIONAL_REFERENCES.terminauxPour100)).toBe(33.8);
    expect(referenceNumber(NATIONAL_REFERENCES.partPlus5Ans)).toBe(42);
    expect(referenceNumber(NATIONAL_REFERENCES.affichagesPour1000)).toBe(11);
    expect(referenceNumber(NATIONAL_REFERENCES.elevesParTerminal)).toBeNull();
  });
});

describe("academieTable", () => {
  it("gives coverage per département with the académie's total, shares from 0 to 1", () => {
    const t = academieTable(dashboard(), "couverture")!;
    expect(t.rows).toEqual([
      ["Côtes-d'Armor (22)", 1, 0, 0, 1, 0],
      ["Ille-et-Vilaine (35)", 3, 2, 0.6666, 1, 0],
      ["Morbihan (56)", 0, 0, null, 0, 0],
      ["Académie", 4, 2, 0.5, 2, 0],
    ]);
    expect(spreadsheetHeader(t)[3]).toBe("Couverture (%)");
    expect(spreadsheetRows(t)[1]![3]).toBe(66.7);
  });

  it("adds the conventions-cadres to the backlog only when there are some", () => {
    expect(academieTable(dashboard(), "signatures")!.rows.map((r) => r[0])).toEqual([
      "Côtes-d'Armor (22)",
      "Ille-et-Vilaine (35)",
      "Morbihan (56)",
      "Conventions-cadres (sans collège)",
      "Académie",
    ]);
    expect(
      academieTable(dashboard({ cadres: { inSignature: 0, awaitingAcademie: 0 } }), "signatures")!
        .rows,
    ).toHaveLength(4);
  });

  it("rounds the ratios to one decimal, leaves uncomputable ones empty, and ends with the national reference", () => {
    const t = academieTable(dashboard(), "terminaux")!;
    expect(t.rows[0]).toEqual(["Côtes-d'Armor (22)", 1, 0, 0, null, null]);
    expect(t.rows[1]).toEqual(["Ille-et-Vilaine (35)", 1, 1000, 150, 15, 6.7]);
    expect(t.rows[2]).toEqual(["Morbihan (56)", 0, null, null, null, null]);
    expect(t.rows.at(-1)).toEqual([
      "Référence nationale (enquête ETIC)",
      null,
      null,
      null,
      "33,8 (2018-2019)",
      "de 1:2 à 1:6 selon les départements (2017)",
    ]);
    const age = academieTable(dashboard(), "anciennete")!;
    // 25 of 100 dated terminals in 35; 30 of 30 in 22, whose pupils are unknown: the age share still counts it.
    expect(age.rows.slice(0, 2).map((r) => r[3])).toEqual([1, 0.25]);
    expect(age.rows[3]).toEqual(["Académie", 130, 55, 0.4231, 50]);
  });

  it("builds the collèges' table only for a drill-down", () => {
    expect(academieTable(dashboard(), "colleges")).toBeNull();
    const t = academieTable(
      dashboard({
        drill: {
          code: "35",
          name: "Ille-et-Vilaine",
          collegeCount: 1,
          colleges: [
            {
              uai: "0350027P",
              name: "Collège Les Gayeulles",
              communeName: "Rennes",
              eleves: 400,
              terminaux: 150,
              indicators: computeIndicators(c35, 400),
              convention: "EN_SIGNATURE_ACADEMIE",
              needsAwaitingOpinion: 1,
            },
          ],
        },
      }),
      "colleges",
    )!;
    expect(t.sheetName).toBe("Collèges 35");
    expect(t.rows).toEqual([
      [
        "0350027P",
        "Collège Les Gayeulles",
        "Rennes",
        400,
        150,
        37.5,
        2.7,
        0.25,
        30,
        "En signature, en attente de l'académie",
        1,
      ],
    ]);
  });

  it("has a table with a valid sheet name for every key", () => {
    const d = dashboard({
      drill: { code: "35", name: "Ille-et-Vilaine", collegeCount: 0, colleges: [] },
    });
    for (const key of ACADEMIE_CHART_KEYS) {
      const t = academieTable(d, key)!;
      expect(t.key).toBe(key);
      expect(t.sheetName.length).toBeLessThanOrEqual(31);
      expect(t.sheetName).not.toMatch(/[[\]:*?/\\]/);
      for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
    }
  });
});
