import { describe, expect, it } from "vitest";
import { NATIONAL_REFERENCES } from "@/lib/inventory/national-references";
import { computeGaps } from "@/lib/inventory/gaps";
import { DEFAULT_RULES, DEFAULT_TARGETS } from "@/lib/inventory/referential";
import {
  computeIndicators,
  zeroCounts,
  type EquipmentCounts,
} from "@/lib/inventory/indicator-math";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
import { spreadsheetHeader, spreadsheetRows } from "@/lib/exports/data-table";
import {
  ageComparison,
  allocationLines,
  equipmentComparison,
  matrixByHolder,
  referentialLines,
  type IndicatorsInput,
} from "@/lib/dashboards/etablissement-tables";
import {
  ageTable,
  allocationsTable,
  equipmentTable,
  matrixTable,
  referentialTable,
} from "@/lib/dashboards/etablissement-export-tables";
import { referenceNumber } from "@/lib/dashboards/reference-number";
import {
  etablissementDashboardQuerySchema,
  etablissementExportKeySchema,
} from "@/lib/dashboards/etablissement-schemas";

const counts = (c: Partial<EquipmentCounts>): EquipmentCounts => ({
  ...zeroCounts(),
  ...c,
});

const college = counts({
  terminaux: 135,
  terminauxDates: 120,
  terminauxPlus5Ans: 30,
  affichages: 5,
  videoprojecteurs: 12,
  classesMobiles: 1,
});
/** A collège of 400 pupils in a collectivité of 1 000 (its own and one of 600). */
const DATA: IndicatorsInput = {
  college: { name: "Collège A", ...college, indicators: computeIndicators(college, 400) },
  collectivite: {
    name: "Département B",
    aggregate: {
      age: { terminauxDates: 420, terminauxPlus5Ans: 180, terminauxSansDate: 15 },
      indicators: {
        ...computeIndicators(
          counts({ terminaux: 435, affichages: 25, videoprojecteurs: 32, classesMobiles: 3 }),
          1_000,
        ),
        partPlus5Ans: (180 * 100) / 420,
      },
    },
  },
  references: NATIONAL_REFERENCES,
};

describe("national references as numbers", () => {
  it("reads a value with a decimal comma or a percent, not a range", () => {
    expect(referenceNumber(NATIONAL_REFERENCES.terminauxPour100)).toBe(33.8);
    expect(referenceNumber(NATIONAL_REFERENCES.partPlus5Ans)).toBe(42);
    expect(referenceNumber(NATIONAL_REFERENCES.affichagesPour1000)).toBe(11);
    expect(referenceNumber(NATIONAL_REFERENCES.elevesParTerminal)).toBeNull();
    expect(referenceNumber(undefined)).toBeNull();
  });
});

describe("indicator comparisons", () => {
  it("puts every equipment on one scale, per 1 000 pupils, with one decimal", () => {
    expect(
      equipmentComparison(DATA).map((l) => [
        l.key,
        l.college,
        l.average,
        l.reference,
        l.referenceYear,
      ]),
    ).toEqual([
      ["terminaux", 337.5, 435, 338, "2018-2019"],
      ["affichages", 12.5, 25, 11, "2014"],
      ["videoprojecteurs", 30, 32, 31, "2014"],
      ["classesMobiles", 2.5, 3, null, null],
    ]);
  });

  it("gives the age share as a rate, with the terminals it is computed from", () => {
    expect(ageComparison(DATA)).toEqual([
      { key: "college", label: "Collège A", share: 0.25, dated: 120, old: 30, undated: 15 },
      {
        key: "moyenne",
        label: "Moyenne : Département B",
        share: 0.4286,
        dated: 420,
        old: 180,
        undated: 15,
      },
      {
        key: "reference",
        label: "Référence nationale (2014)",
        share: 0.42,
        dated: null,
        old: null,
        undated: null,
      },
    ]);
  });

  it("leaves the ratios of a collège without pupils empty", () => {
    const unknown: IndicatorsInput = {
      ...DATA,
      college: { ...DATA.college, indicators: computeIndicators(college, null) },
    };
    expect(equipmentComparison(unknown).every((l) => l.college === null)).toBe(true);
    expect(ageComparison(unknown)[0]!.share).toBe(0.25);
  });

  it("exports the same figures, decimals kept", () => {
    const t = equipmentTable(DATA);
    expect(spreadsheetHeader(t)).toEqual([
      "Équipement",
      "Collège A",
      "Moyenne : Département B",
      "Référence nationale",
      "Année de la référence",
    ]);
    expect(spreadsheetRows(t)[0]).toEqual(["Terminaux", 337.5, 435, 338, "2018-2019"]);
    expect(spreadsheetRows(ageTable(DATA))[1]).toEqual([
      "Moyenne : Département B",
      42.9,
      420,
      180,
      15,
    ]);
  });
});

describe("référentiel", () => {
  it("lists each target with what is required, in service and missing, and totals the cost", () => {
    const gaps = computeGaps(
      { terminaux: 100, affichages: 20, classesMobiles: 0, bornesWifi: 3 },
      400,
      { targets: DEFAULT_TARGETS, rules: DEFAULT_RULES },
    )!;
    const lines = referentialLines(gaps);
    expect(lines.map((l) => [l.target, l.label, l.actual])).toEqual([
      ["terminaux", "Terminaux", 100],
      ["affichages", "Affichages interactifs", 20],
      ["classesMobiles", "Classes mobiles", 0],
      ["bornesWifi", "Bornes Wi-Fi", 3],
    ]);
    const rows = referentialTable(gaps, "Collège A", "Département B").rows;
    expect(rows.at(-1)).toEqual([
      "Total",
      null,
      null,
      null,
      null,
      null,
      BigInt(gaps.missingCostCents),
    ]);
    expect(referentialLines(null)).toEqual([]);
    expect(referentialTable(null, "Collège A", "Département B").rows).toEqual([]);
  });
});

describe("allocations", () => {
  it("splits the exercice's total by kind with each kind's share", () => {
    const figures = {
      name: "Collège A",
      totalCents: 4_000_000n,
      byKind: { DOTATION_FONCTIONNEMENT: 3_000_000n, EQUIPEMENT: 1_000_000n, SUBVENTION: 0n },
    };
    expect(allocationLines(figures).map((l) => [l.key, l.cents, l.share])).toEqual([
      ["DOTATION_FONCTIONNEMENT", 3_000_000n, 0.75],
      ["EQUIPEMENT", 1_000_000n, 0.25],
      ["SUBVENTION", 0n, 0],
    ]);
    expect(spreadsheetRows(allocationsTable({ exercice: 2026, figures })).at(-1)).toEqual([
      "Total",
      40_000,
      100,
    ]);
    const none = {
      ...figures,
      totalCents: 0n,
      byKind: { DOTATION_FONCTIONNEMENT: 0n, EQUIPEMENT: 0n, SUBVENTION: 0n },
    };
    expect(allocationLines(none).map((l) => l.share)).toEqual([null, null, null]);
  });
});

describe("responsibility matrix", () => {
  it("groups the domains by holder in the holders' order, keeping every row once", () => {
    const matrix = DEFAULT_TRIPARTITE_CONTENT.matrix;
    const groups = matrixByHolder(matrix);
    expect(groups.map((g) => [g.holder, g.label])).toEqual([
      ["COLLECTIVITE", "Collectivité"],
      ["ETAT", "État"],
      ["EPLE", "EPLE"],
      ["PARTAGE", "Partagé"],
    ]);
    expect(groups.flatMap((g) => g.rows).sort((a, b) => a.domain.localeCompare(b.domain))).toEqual(
      [...matrix].sort((a, b) => a.domain.localeCompare(b.domain)),
    );
    expect(groups.every((g) => g.rows.every((r) => r.holder === g.holder))).toBe(true);
    expect(matrixByHolder(matrix.filter((r) => r.holder === "EPLE")).map((g) => g.holder)).toEqual([
      "EPLE",
    ]);
    const rows = matrixTable({ reference: "CT-1", matrix }).rows;
    expect(rows).toHaveLength(matrix.length);
    expect(rows.find((r) => r[1] === "Infrastructure et câblage")).toEqual([
      "Collectivité",
      "Infrastructure et câblage",
      null,
      expect.any(String),
    ]);
  });
});

describe("URL filters", () => {
  it("keeps a valid exercice and drops anything else", () => {
    expect(etablissementDashboardQuerySchema.parse({ exercice: "2025" })).toEqual({
      exercice: 2025,
    });
    expect(etablissementDashboardQuerySchema.parse({ exercice: ["2024", "2025"] })).toEqual({
      exercice: 2024,
    });
    for (const exercice of ["", "abc", "1999", "2101", "2025.5", null, undefined]) {
      expect(etablissementDashboardQuerySchema.parse({ exercice }).exercice).toBeUndefined();
    }
    expect(etablissementDashboardQuerySchema.parse({})).toEqual({ exercice: undefined });
  });

  it("knows the dashboard's charts and nothing else", () => {
    expect(etablissementExportKeySchema.parse("dotations")).toBe("dotations");
    expect(etablissementExportKeySchema.safeParse("budget").success).toBe(false);
    expect(etablissementExportKeySchema.safeParse(null).success).toBe(false);
  });
});
