import { beforeAll, describe, expect, it } from "vitest";
import { exportInventoryIndicators, getInventoryIndicators } from "@/lib/inventory/indicators";
import { UAI } from "../support/fixtures";
import { C35, A14 } from "../support/access";
import { NOW, as, seedInventoryIndicators } from "./inventory-indicators.fixtures";

beforeAll(seedInventoryIndicators);

describe("indicators of a collège", () => {
  it("counts the equipment in service only and divides by the latest effectif", async () => {
    const data = await getInventoryIndicators(await as("agent35", C35), {}, NOW);
    const g = data.rows.find((r) => r.uai === UAI.gayeulles)!;
    expect(g.effectif).toEqual({
      rentree: 2025,
      total: 400,
      source: "MENJ – DEPP, effectifs (test)",
    });
    expect(g).toMatchObject({
      terminaux: 40,
      terminauxDates: 35,
      terminauxPlus5Ans: 10,
      affichages: 8,
      videoprojecteurs: 6,
      classesMobiles: 2,
      bornesWifi: 4,
    });
    expect(g.indicators).toEqual({
      terminauxPour100: 10,
      elevesParTerminal: 10,
      partPlus5Ans: (10 * 100) / 35,
      affichagesPour1000: 20,
      videoprojecteursPour1000: 15,
      classesMobilesPour1000: 5,
    });
  });

  it("shows a collège without effectif with its counts and no per-pupil ratio", async () => {
    const data = await getInventoryIndicators(await as("agent35", C35), {}, NOW);
    const r = data.rows.find((row) => row.uai === UAI.rennes35b)!;
    expect(r.effectif).toBeNull();
    expect(r.terminaux).toBe(10);
    expect(r.indicators).toMatchObject({
      terminauxPour100: null,
      elevesParTerminal: null,
      partPlus5Ans: 100,
      classesMobilesPour1000: null,
    });
  });
});

describe("aggregates", () => {
  it("sums the counts over the pupils of the collectivité's collèges with a known effectif", async () => {
    const data = await getInventoryIndicators(await as("elu35", C35), {}, NOW);
    expect(data.rows.map((r) => r.uai)).toEqual([UAI.rennes35b, UAI.gayeulles]); // by name: « Clotilde Vautier », « Les Gayeulles »
    expect(data.total).toMatchObject({ colleges: 2, collegesAvecEffectif: 1, eleves: 400 });
    expect(data.total.counts.terminaux).toBe(40);
    expect(data.total.indicators.terminauxPour100).toBe(10);
    // The age share takes every dated terminal: 10 + 10 old of 35 + 10 dated.
    expect(data.total.age).toEqual({
      terminauxDates: 45,
      terminauxPlus5Ans: 20,
      terminauxSansDate: 5,
    });
    expect(data.byDepartement).toEqual([]);
    expect(data.references.terminauxPour100).toMatchObject({ value: "33,8", year: "2018-2019" });
  });

  it("gives the académie its total and each département side by side, across 35 and 22", async () => {
    const data = await getInventoryIndicators(await as("drane14", A14), {}, NOW);
    expect(data.total).toMatchObject({ colleges: 3, collegesAvecEffectif: 2, eleves: 600 });
    expect(data.total.counts.terminaux).toBe(90);
    expect(data.total.indicators.terminauxPour100).toBe(15);
    expect(data.total.indicators.elevesParTerminal).toBeCloseTo(600 / 90, 10);
    expect(data.total.indicators.videoprojecteursPour1000).toBeCloseTo((8 * 1000) / 600, 10);
    expect(
      data.byDepartement.map((d) => [
        d.code,
        d.aggregate.indicators.terminauxPour100,
        d.aggregate.colleges,
      ]),
    ).toEqual([
      ["22", 25, 1],
      ["35", 10, 2],
    ]);
    expect(data.departements.map((d) => d.code)).toEqual(["22", "35"]);
  });

  it("filters and sorts the académie's collèges from the URL, values that cannot be computed last", async () => {
    const ctx = await as("lecteur14", A14);
    const only22 = await getInventoryIndicators(ctx, { departement: "22" }, NOW);
    expect(only22.rows.map((r) => r.uai)).toEqual([UAI.bourbriac22]);
    expect(only22.byDepartement).toHaveLength(2);
    const sorted = await getInventoryIndicators(
      ctx,
      { sort: "terminauxPour100", dir: "desc" },
      NOW,
    );
    expect(sorted.rows.map((r) => r.uai)).toEqual([UAI.bourbriac22, UAI.gayeulles, UAI.rennes35b]);
    const searched = await getInventoryIndicators(ctx, { q: "gayeulles" }, NOW);
    expect(searched.rows.map((r) => r.uai)).toEqual([UAI.gayeulles]);
    const garbage = await getInventoryIndicators(
      ctx,
      { sort: "nope", page: "-1", departement: "'; DROP" },
      NOW,
    );
    expect(garbage.rowCount).toBe(3);
  });

  it("exports every collège of the filter with its figures", async () => {
    const { header, rows } = await exportInventoryIndicators(
      await as("drane14", A14),
      { departement: "35" },
      NOW,
    );
    expect(header[0]).toBe("UAI");
    expect(rows).toHaveLength(2);
    const g = rows.find((r) => r[0] === UAI.gayeulles)!;
    expect(g.slice(4, 11)).toEqual([2025, 400, "MENJ – DEPP, effectifs (test)", 40, 10, 10, 10]);
    expect(g[12]).toBe(28.6);
    const b = (
      await exportInventoryIndicators(await as("drane14", A14), { departement: "22" }, NOW)
    ).rows[0]!;
    expect(b[6]).toBe("Données fictives de démonstration (effectif estimé)");
  });
});
