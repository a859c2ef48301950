import { describe, expect, it } from "vitest";
import {
  academieDashboardQuerySchema,
  academieExportQuerySchema,
  resolveDepartementFilter,
} from "@/lib/dashboards/academie-schemas";

const RENNES = [
  { code: "22", name: "Côtes-d'Armor" },
  { code: "29", name: "Finistère" },
  { code: "35", name: "Ille-et-Vilaine" },
  { code: "56", name: "Morbihan" },
];

describe("resolveDepartementFilter", () => {
  it("keeps one of the académie's départements, trimmed, the first of repeated values", () => {
    expect(resolveDepartementFilter({ departement: " 35 " }, RENNES)).toEqual({
      kind: "departement",
      code: "35",
      name: "Ille-et-Vilaine",
    });
    expect(resolveDepartementFilter({ departement: ["29", "35"] }, RENNES)).toEqual({
      kind: "departement",
      code: "29",
      name: "Finistère",
    });
  });

  it("reads nothing, an empty value or no input as every département", () => {
    expect(resolveDepartementFilter({}, RENNES)).toEqual({ kind: "all" });
    expect(resolveDepartementFilter({ departement: "" }, RENNES)).toEqual({ kind: "all" });
    expect(resolveDepartementFilter(undefined, RENNES)).toEqual({ kind: "all" });
  });

  it("names a well-formed foreign département in French, and never echoes a malformed value", () => {
    expect(resolveDepartementFilter({ departement: "14" }, RENNES)).toEqual({
      kind: "unknown",
      message:
        "Le département « 14 » ne fait pas partie de l'académie : les chiffres ci-dessous portent sur tous ses départements.",
    });
    const malformed = resolveDepartementFilter({ departement: "<b>35</b>" }, RENNES);
    expect(malformed).toMatchObject({ kind: "unknown" });
    expect(JSON.stringify(malformed)).not.toContain("<b>");
    expect(resolveDepartementFilter({ departement: { code: "35" } }, RENNES)).toMatchObject({
      kind: "unknown",
    });
  });

  it("accepts Corse's and overseas codes, in any case, when the académie has them", () => {
    const corse = [
      { code: "2A", name: "Corse-du-Sud" },
      { code: "2B", name: "Haute-Corse" },
    ];
    expect(resolveDepartementFilter({ departement: "2a" }, corse)).toMatchObject({
      kind: "departement",
      code: "2A",
    });
    expect(
      resolveDepartementFilter({ departement: "974" }, [{ code: "974", name: "La Réunion" }]),
    ).toMatchObject({ kind: "departement", code: "974" });
    expect(resolveDepartementFilter({ departement: "35" }, [])).toMatchObject({ kind: "unknown" });
  });
});

describe("academieDashboardQuerySchema", () => {
  it("reads the rentrée of the effectifs beside the département, and drops a malformed one", () => {
    expect(academieDashboardQuerySchema.parse({ departement: "35", rentree: "2021" })).toEqual({
      departement: "35",
      rentree: 2021,
    });
    expect(academieDashboardQuerySchema.parse({ rentree: ["2024"] }).rentree).toBe(2024);
    for (const bad of ["", "<b>2021</b>", "2021-2022", "1900", undefined])
      expect(academieDashboardQuerySchema.parse({ rentree: bad }).rentree).toBeUndefined();
    // A bad rentrée leaves the département filter as it is.
    expect(
      academieDashboardQuerySchema.parse({ departement: "22", rentree: "x" }).departement,
    ).toBe("22");
  });
});

describe("academieExportQuerySchema", () => {
  it("accepts the chart keys only", () => {
    expect(academieExportQuerySchema.parse({ graphique: "couverture" }).graphique).toBe(
      "couverture",
    );
    expect(academieExportQuerySchema.parse({ graphique: "inconnu" }).graphique).toBeUndefined();
    expect(academieExportQuerySchema.parse({}).graphique).toBeUndefined();
  });
});
