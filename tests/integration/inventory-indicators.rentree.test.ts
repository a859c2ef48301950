import { beforeAll, describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { exportInventoryIndicators, getInventoryIndicators } from "@/lib/inventory/indicators";
import { listEffectifRentrees } from "@/lib/inventory/college-counts";
import { UAI } from "../support/fixtures";
import { IndicatorsTable } from "@/components/inventory/indicators/indicators-table";
import { C35, C14, A70, A14, E } from "../support/access";
import { NOW, as, seedInventoryIndicators } from "./inventory-indicators.fixtures";

beforeAll(seedInventoryIndicators);

describe("the rentrée of the effectifs", () => {
  it("divides by the effectifs of the rentrée asked, and by the latest without one", async () => {
    const ctx = await as("agent35", C35);
    const [latest, asked] = await Promise.all([
      getInventoryIndicators(ctx, {}, NOW),
      getInventoryIndicators(ctx, { rentree: "2024" }, NOW),
    ]);
    expect(latest.query.rentree).toBeUndefined();
    expect(asked.query.rentree).toBe(2024);
    const g = asked.rows.find((r) => r.uai === UAI.gayeulles)!;
    expect(g.effectif).toEqual({
      rentree: 2024,
      total: 380,
      source: "MENJ – DEPP, effectifs (test)",
    });
    // Same equipment, other pupils: 40 terminals for 380 pupils instead of 400.
    expect(g.terminaux).toBe(latest.rows.find((r) => r.uai === UAI.gayeulles)!.terminaux);
    expect(g.indicators.terminauxPour100).toBeCloseTo((40 * 100) / 380, 10);
    expect(g.indicators.elevesParTerminal).toBe(380 / 40);
    expect(g.indicators.partPlus5Ans).toBe(
      latest.rows.find((r) => r.uai === UAI.gayeulles)!.indicators.partPlus5Ans,
    );
    expect(asked.total).toMatchObject({ colleges: 2, collegesAvecEffectif: 1, eleves: 380 });
    expect(latest.total.eleves).toBe(400);
  });

  it("counts a collège without an effectif that rentrée as « effectif inconnu », like one without any", async () => {
    const ctx = await as("drane14", A14);
    const data = await getInventoryIndicators(ctx, { rentree: "2024" }, NOW);
    const b = data.rows.find((r) => r.uai === UAI.bourbriac22)!;
    expect(b.effectif).toBeNull();
    expect(b.indicators).toMatchObject({
      terminauxPour100: null,
      elevesParTerminal: null,
      videoprojecteursPour1000: null,
    });
    expect(b.terminaux).toBe(50);
    expect(data.total).toMatchObject({ colleges: 3, collegesAvecEffectif: 1, eleves: 380 });
    expect(data.byDepartement.find((d) => d.code === "22")!.aggregate).toMatchObject({
      collegesAvecEffectif: 0,
      eleves: 0,
      indicators: { terminauxPour100: null },
    });
    // A rentrée without any effectif: every ratio per pupil is « effectif inconnu », the counts and ages stay.
    const none = await getInventoryIndicators(ctx, { rentree: "2010" }, NOW);
    expect(
      none.rows.every((r) => r.effectif === null && r.indicators.terminauxPour100 === null),
    ).toBe(true);
    expect(none.total).toMatchObject({ colleges: 3, collegesAvecEffectif: 0, eleves: 0 });
    expect(none.total.age).toEqual((await getInventoryIndicators(ctx, {}, NOW)).total.age);
  });

  it("reads a malformed rentrée as none: the latest effectif", async () => {
    const ctx = await as("lecteur14", A14);
    const latest = await getInventoryIndicators(ctx, {}, NOW);
    for (const bad of ["2024-2025", "abc", "1850", "2024; DROP", ["x", "2024"]]) {
      const data = await getInventoryIndicators(ctx, { rentree: bad }, NOW);
      expect(data.query.rentree).toBeUndefined();
      expect(data.total).toEqual(latest.total);
    }
  });

  it("exports every collège with the effectif of the rentrée asked", async () => {
    const { rows } = await exportInventoryIndicators(
      await as("drane14", A14),
      { rentree: "2024" },
      NOW,
    );
    expect(rows.find((r) => r[0] === UAI.gayeulles)!.slice(4, 10)).toEqual([
      2024,
      380,
      "MENJ – DEPP, effectifs (test)",
      40,
      10.5,
      9.5,
    ]);
    expect(rows.find((r) => r[0] === UAI.bourbriac22)!.slice(4, 10)).toEqual([
      null,
      null,
      null,
      50,
      null,
      null,
    ]);
  });

  it("offers the rentrées of the perimeter's own collèges only, newest first", async () => {
    expect(await listEffectifRentrees(await as("agent35", C35))).toEqual([2025, 2024]);
    expect(await listEffectifRentrees(await as("drane14", A14))).toEqual([2025, 2024]);
    expect(await listEffectifRentrees(await as("drane70", A70))).toEqual([2025, 2019]);
    expect(await listEffectifRentrees(await as("agent14", C14))).toEqual([2025, 2019]);
    expect(await listEffectifRentrees(await as("chefG", E(UAI.gayeulles)))).toEqual([2025, 2024]);
    expect(await listEffectifRentrees(await as("chefR", E(UAI.rennes35b)))).toEqual([]);
    // Calvados's 2019 effectif never reaches Rennes's figures, asked for or not.
    const rennes2019 = await getInventoryIndicators(
      await as("drane14", A14),
      { rentree: "2019" },
      NOW,
    );
    expect(rennes2019.total).toMatchObject({ colleges: 3, collegesAvecEffectif: 0, eleves: 0 });
    expect(rennes2019.rows.map((r) => r.uai)).not.toContain(UAI.calvados14);
    const normandie2019 = await getInventoryIndicators(
      await as("drane70", A70),
      { rentree: "2019" },
      NOW,
    );
    expect(normandie2019.total).toMatchObject({
      colleges: 1,
      collegesAvecEffectif: 1,
      eleves: 450,
    });
  });

  it("offers the rentrée in the list's filter form and keeps it in its sort, page and export links", async () => {
    const ctx = await as("drane14", A14);
    const render = async (input: Record<string, string>) => {
      const [data, rentrees] = await Promise.all([
        getInventoryIndicators(ctx, input, NOW),
        listEffectifRentrees(ctx),
      ]);
      return renderToStaticMarkup(
        createElement(IndicatorsTable, {
          rows: data.rows,
          rowCount: data.rowCount,
          pageCount: data.pageCount,
          query: data.query,
          listHref: "/a/14/inventaire/indicateurs",
          equipmentHref: "/a/14/inventaire",
          departements: data.departements,
          rentrees,
        }),
      );
    };
    const html = await render({ rentree: "2024", departement: "35" });
    expect(html).toMatch(
      /<label for="rentree"[^>]*>Rentrée des effectifs<\/label><select id="rentree"[^>]*name="rentree"[^>]*><option value="">Dernière connue<\/option><option value="2025">2025-2026<\/option><option value="2024" selected="">2024-2025<\/option><\/select>/,
    );
    expect(html).toContain(
      'href="/a/14/inventaire/indicateurs/export?departement=35&amp;rentree=2024&amp;format=csv"',
    );
    expect(html).toContain(
      'href="/a/14/inventaire/indicateurs?departement=35&amp;rentree=2024&amp;sort=terminauxPour100"',
    );
    expect(html).toContain("Sources des effectifs (rentrée 2024-2025)");
    const latest = await render({});
    expect(latest).toContain('<option value="" selected="">Dernière connue</option>');
    expect(latest).toContain("Sources des effectifs (dernière rentrée connue de chaque collège)");
    // A rentrée asked without any effectif stays selected, marked as such.
    expect(await render({ rentree: "2010" })).toContain(
      '<option value="2010" selected="">2010-2011 (aucun effectif)</option>',
    );
  });
});
