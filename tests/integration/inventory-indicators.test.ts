import { beforeAll, describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { db } from "@/lib/db/client";
import { requireAccessContext } from "@/lib/access/context";
import type { EquipmentCategory, EquipmentStatus } from "@/lib/generated/prisma/enums";
import {
  exportInventoryIndicators,
  getEtablissementIndicators,
  getInventoryIndicators,
  listEffectifRentrees,
} from "@/lib/inventory/indicators";
import { exportGaps, getEtablissementGaps, listGaps } from "@/lib/inventory/gaps";
import { createUser, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { IndicatorsTable } from "@/components/inventory/indicators/indicators-table";
import { accessAs, C35, C14, A70, A14, E } from "../support/access";

const users: Record<string, string> = {};
// Terminals acquired before 15 March 2021 are more than 5 years old on that day in 2026.
const NOW = new Date("2026-03-15T10:00:00Z");

const as = accessAs(users);

async function equip(
  uai: string,
  category: EquipmentCategory,
  count: number,
  options: { acquiredOn?: string; status?: EquipmentStatus } = {},
) {
  const e = await db.etablissement.findUniqueOrThrow({
    where: { uai },
    select: { id: true, collectiviteId: true },
  });
  await db.equipment.createMany({
    data: Array.from({ length: count }, () => ({
      collectiviteId: e.collectiviteId,
      etablissementId: e.id,
      category,
      status: options.status ?? "EN_SERVICE",
      acquiredOn: options.acquiredOn ? new Date(`${options.acquiredOn}T00:00:00Z`) : null,
    })),
  });
}

async function effectif(
  uai: string,
  rentree: number,
  total: number,
  source = "MENJ – DEPP, effectifs (test)",
) {
  const e = await db.etablissement.findUniqueOrThrow({ where: { uai }, select: { id: true } });
  await db.effectif.create({
    data: { etablissementId: e.id, rentree, total, source, importedAt: new Date() },
  });
}

beforeAll(async () => {
  await seedReferentialsAndColleges();
  users.agent35 = await createUser("agent35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
  ]);
  users.elu35 = await createUser("elu35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "ELU", key: "35" },
  ]);
  users.agent14 = await createUser("agent14@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "14" },
  ]);
  users.drane14 = await createUser("drane14@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "14" },
  ]);
  users.lecteur14 = await createUser("lecteur14@test.fr", [
    { scopeType: "ACADEMIE", role: "LECTEUR", key: "14" },
  ]);
  users.drane70 = await createUser("drane70@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "70" },
  ]);
  users.chefG = await createUser("chef.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.gayeulles },
  ]);
  users.chefR = await createUser("chef.rennes@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.rennes35b },
  ]);

  // Les Gayeulles (35): 400 pupils at the latest rentrée, 40 terminals in service.
  await effectif(UAI.gayeulles, 2024, 380);
  await effectif(UAI.gayeulles, 2025, 400);
  await equip(UAI.gayeulles, "POSTE_FIXE", 9, { acquiredOn: "2015-09-01" });
  await equip(UAI.gayeulles, "POSTE_FIXE", 1, { acquiredOn: "2021-03-14" });
  await equip(UAI.gayeulles, "PORTABLE", 1, { acquiredOn: "2021-03-15" });
  await equip(UAI.gayeulles, "TABLETTE", 24, { acquiredOn: "2025-01-10" });
  await equip(UAI.gayeulles, "EIM", 5);
  await equip(UAI.gayeulles, "POSTE_FIXE", 5, { status: "EN_PANNE", acquiredOn: "2015-09-01" });
  await equip(UAI.gayeulles, "PORTABLE", 3, { status: "REFORME" });
  await equip(UAI.gayeulles, "TABLETTE", 2, { status: "EN_STOCK" });
  await equip(UAI.gayeulles, "ENI", 4);
  await equip(UAI.gayeulles, "VPI", 2);
  await equip(UAI.gayeulles, "TNI_TBI", 2);
  await equip(UAI.gayeulles, "VIDEOPROJECTEUR", 6);
  await equip(UAI.gayeulles, "CLASSE_MOBILE", 2);
  await equip(UAI.gayeulles, "BORNE_WIFI", 4);
  await equip(UAI.gayeulles, "IMPRIMANTE", 7);
  // Clotilde Vautier (35): no effectif known, 10 old terminals.
  await equip(UAI.rennes35b, "ULTRAPORTABLE", 10, { acquiredOn: "2016-01-01" });
  // Bourbriac (22): 200 pupils (a demo estimate), 50 terminals.
  await effectif(UAI.bourbriac22, 2025, 200, "Données fictives de démonstration (effectif estimé)");
  await equip(UAI.bourbriac22, "PORTABLE", 50, { acquiredOn: "2024-06-01" });
  await equip(UAI.bourbriac22, "VIDEOPROJECTEUR", 2);
  // Courseulles (14, académie de Normandie): 500 pupils, 100 terminals; 450 pupils at the rentrée 2019.
  await effectif(UAI.calvados14, 2025, 500);
  await effectif(UAI.calvados14, 2019, 450);
  await equip(UAI.calvados14, "POSTE_FIXE", 100, { acquiredOn: "2019-01-01" });
});

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
      /<label for="rentree"[^>]*>Rentrée des effectifs<\/label><select id="rentree" name="rentree"[^>]*><option value="">Dernière connue<\/option><option value="2025">2025-2026<\/option><option value="2024" selected="">2024-2025<\/option><\/select>/,
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

describe("a collège's page", () => {
  it("gives the chef the collège's figures and its collectivité's average", async () => {
    const data = await getEtablissementIndicators(
      await as("chefG", E(UAI.gayeulles)),
      UAI.gayeulles,
      NOW,
    );
    expect(data.college.uai).toBe(UAI.gayeulles);
    expect(data.college.indicators.terminauxPour100).toBe(10);
    expect(data.collectivite.code).toBe("35");
    expect(data.collectivite.aggregate).toMatchObject({
      colleges: 2,
      collegesAvecEffectif: 1,
      eleves: 400,
    });
    const viaAcademie = await getEtablissementIndicators(
      await as("drane14", A14),
      UAI.bourbriac22,
      NOW,
    );
    expect(viaAcademie.college.indicators.elevesParTerminal).toBe(4);
    expect(viaAcademie.collectivite.code).toBe("22");
  });
});

describe("gap analysis with the default référentiel", () => {
  it("measures each collège and puts the costliest gap first", async () => {
    const data = await listGaps(await as("drane14", A14), {}, NOW);
    expect(data.rows.map((r) => r.uai)).toEqual([UAI.gayeulles, UAI.bourbriac22, UAI.rennes35b]);
    const g = data.rows[0]!.gaps!;
    // 400 pupils: 16 classrooms, 134 terminals, 16 displays, 2 classes mobiles, 8 bornes.
    expect(g.salles).toBe(16);
    expect(g.lines.terminaux).toMatchObject({ required: 134, actual: 40, missing: 94 });
    expect(g.lines.affichages).toMatchObject({ required: 16, actual: 8, missing: 8 });
    expect(g.lines.classesMobiles).toMatchObject({ required: 2, actual: 2, missing: 0, excess: 0 });
    expect(g.lines.bornesWifi).toMatchObject({ required: 8, actual: 4, missing: 4 });
    expect(g.missingCostCents).toBe(94 * 80_000 + 8 * 350_000 + 4 * 35_000);
    expect(data.rows[2]!.gaps).toBeNull();
    expect(data.totals).toMatchObject({ colleges: 3, nonCalculables: 1, enEcart: 2 });
    expect(data.nonCalculablesPerimetre).toBe(1);
    const onlyGaps = await listGaps(
      await as("drane14", A14),
      { ecart: "1", departement: "35" },
      NOW,
    );
    expect(onlyGaps.rows.map((r) => r.uai)).toEqual([UAI.gayeulles]);
    const exported = await exportGaps(await as("agent35", C35), {}, NOW);
    expect(exported.rows.map((r) => r[0])).toEqual([UAI.gayeulles, UAI.rennes35b]);
    expect(exported.rows[0]!.at(-1)).toBe((94 * 80_000 + 8 * 350_000 + 4 * 35_000) / 100);
  });

  it("gives a collège its own gaps", async () => {
    const { row, collectivite } = await getEtablissementGaps(
      await as("chefG", E(UAI.gayeulles)),
      UAI.gayeulles,
      NOW,
    );
    expect(collectivite.code).toBe("35");
    expect(row.gaps!.lines.terminaux.missing).toBe(94);
  });
});

describe("perimeters", () => {
  it("shows an académie none of another académie's collèges", async () => {
    const normandie = await getInventoryIndicators(await as("drane70", A70), {}, NOW);
    expect(normandie.rows.map((r) => r.uai)).toEqual([UAI.calvados14]);
    expect(normandie.total.eleves).toBe(500);
    expect((await listGaps(await as("drane70", A70), {}, NOW)).rows.map((r) => r.uai)).toEqual([
      UAI.calvados14,
    ]);
    const rennes = await getInventoryIndicators(await as("drane14", A14), {}, NOW);
    expect(rennes.rows.map((r) => r.uai)).not.toContain(UAI.calvados14);
    await expect(
      getEtablissementIndicators(await as("drane70", A70), UAI.gayeulles, NOW),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers not found for a collège of another collectivité or another collège", async () => {
    await expect(
      getEtablissementIndicators(await as("agent14", C14), UAI.gayeulles, NOW),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getEtablissementGaps(await as("agent14", C14), UAI.gayeulles, NOW),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getEtablissementIndicators(await as("agent35", C35), UAI.bourbriac22, NOW),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getEtablissementIndicators(await as("chefG", E(UAI.gayeulles)), UAI.rennes35b, NOW),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getEtablissementGaps(await as("chefG", E(UAI.gayeulles)), UAI.rennes35b, NOW),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await getEtablissementIndicators(
      await as("chefR", E(UAI.rennes35b)),
      UAI.rennes35b,
      NOW,
    );
    expect(own.college.uai).toBe(UAI.rennes35b);
    const c14 = await getInventoryIndicators(await as("agent14", C14), {}, NOW);
    expect(c14.rows.map((r) => r.uai)).toEqual([UAI.calvados14]);
    expect(
      (await exportInventoryIndicators(await as("agent14", C14), { q: UAI.gayeulles }, NOW)).rows,
    ).toEqual([]);
  });

  it("refuses a member of a collectivité scope to reach another one's context", async () => {
    signInAs(users.agent14!);
    await expect(requireAccessContext(C35)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
