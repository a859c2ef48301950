import { beforeAll, describe, expect, it } from "vitest";
import { getInventoryIndicators } from "@/lib/inventory/indicators";
import { listNeeds } from "@/lib/campaigns/get-campaign";
import { getAcademieDashboard } from "@/lib/dashboards/academie-dashboard";
import { UAI } from "../support/fixtures";
import { A70, A14 } from "../support/access";
import { NOW, MORE, campaigns, as, seedDashboardAcademie } from "./dashboard-academie.fixtures";

beforeAll(seedDashboardAcademie);

describe("the rentrée of the effectifs", () => {
  it("takes each département's indicators from getInventoryIndicators with the same rentrée", async () => {
    const ctx = await as("drane14", A14);
    const [d, indicators, latest] = await Promise.all([
      getAcademieDashboard(ctx, { rentree: "2022" }, NOW),
      getInventoryIndicators(ctx, { rentree: 2022 }, NOW),
      getAcademieDashboard(ctx, {}, NOW),
    ]);
    expect(d.rentree).toBe(2022);
    expect(d.rentrees).toEqual([2025, 2022]);
    expect(latest.rentree).toBeNull();
    for (const i of indicators.byDepartement)
      expect(d.departements.find((x) => x.code === i.code)!.indicators).toEqual(i.aggregate);
    expect(d.total.indicators).toEqual(indicators.total);
    // In 35 only Les Gayeulles has an effectif in 2022: 150 terminals for 360 pupils.
    expect(d.departements.find((x) => x.code === "35")!.indicators).toMatchObject({
      collegesAvecEffectif: 1,
      eleves: 360,
      counts: { terminaux: 150 },
    });
    expect(latest.departements.find((x) => x.code === "35")!.indicators).toMatchObject({
      collegesAvecEffectif: 3,
      eleves: 1500,
    });
    // Conventions and needs do not depend on the rentrée.
    expect(d.departements.map((x) => [x.coverage, x.backlog, x.needsAwaitingOpinion])).toEqual(
      latest.departements.map((x) => [x.coverage, x.backlog, x.needsAwaitingOpinion]),
    );
  });

  it("drills into a département over the same rentrée, a collège without an effectif that year as « effectif inconnu »", async () => {
    const ctx = await as("lecteur14", A14);
    const [d, indicators] = await Promise.all([
      getAcademieDashboard(ctx, { departement: "35", rentree: "2022" }, NOW),
      getInventoryIndicators(ctx, { departement: "35", rentree: "2022" }, NOW),
    ]);
    expect(d.drill!.colleges.map((c) => [c.uai, c.eleves, c.indicators])).toEqual(
      indicators.rows.map((r) => [r.uai, r.effectif?.total ?? null, r.indicators]),
    );
    const byUai = Object.fromEntries(d.drill!.colleges.map((c) => [c.uai, c]));
    expect(byUai[UAI.gayeulles]).toMatchObject({ eleves: 360, convention: "EN_VIGUEUR" });
    expect(byUai[UAI.rennes35b]).toMatchObject({
      eleves: null,
      indicators: { terminauxPour100: null },
    });
  });

  it("reads a malformed rentrée as none, and keeps each académie's rentrées and effectifs to itself", async () => {
    const ctx = await as("drane14", A14);
    const latest = await getAcademieDashboard(ctx, {}, NOW);
    for (const bad of ["2022-2023", "<b>2022</b>", "0"]) {
      const d = await getAcademieDashboard(ctx, { rentree: bad }, NOW);
      expect(d.rentree).toBeNull();
      expect(d.total.indicators).toEqual(latest.total.indicators);
    }
    const d70 = await getAcademieDashboard(await as("drane70", A70), { rentree: "2022" }, NOW);
    expect(d70.rentrees).toEqual([2025, 2021]);
    expect(d70.departements.find((x) => x.code === "14")!.indicators).toMatchObject({
      colleges: 2,
      collegesAvecEffectif: 0,
    });
    const rennes2021 = await getAcademieDashboard(ctx, { rentree: "2021" }, NOW);
    expect(rennes2021.total.indicators).toMatchObject({ collegesAvecEffectif: 0, eleves: 0 });
    expect(JSON.stringify(rennes2021)).not.toMatch(/Calvados|0140041U|0140049C/);
  });
});

describe("drill-down to a département", () => {
  it("lists the département's open public collèges with indicators, convention state and pending needs", async () => {
    const ctx = await as("drane14", A14);
    const [d, indicators] = await Promise.all([
      getAcademieDashboard(ctx, { departement: "35" }, NOW),
      getInventoryIndicators(ctx, { departement: "35" }, NOW),
    ]);
    expect(d.filter).toEqual({ kind: "departement", code: "35", name: "Ille-et-Vilaine" });
    expect(d.drill!.collegeCount).toBe(3);
    expect(d.drill!.colleges.map((c) => c.uai)).toEqual(indicators.rows.map((r) => r.uai));
    for (const c of d.drill!.colleges)
      expect(c.indicators).toEqual(indicators.rows.find((r) => r.uai === c.uai)!.indicators);
    const byUai = Object.fromEntries(d.drill!.colleges.map((c) => [c.uai, c]));
    expect(byUai[MORE.prive35]).toBeUndefined();
    expect(byUai[UAI.gayeulles]).toMatchObject({
      convention: "EN_VIGUEUR",
      needsAwaitingOpinion: 1,
      eleves: 400,
    });
    expect(byUai[UAI.rennes35b]).toMatchObject({
      convention: "EN_SIGNATURE_ACADEMIE",
      needsAwaitingOpinion: 1,
    });
    expect(byUai[MORE.ormeaux35]).toMatchObject({
      convention: "EN_SIGNATURE",
      needsAwaitingOpinion: 1,
    });
    for (const c of d.drill!.colleges) {
      const pending = await listNeeds(
        ctx,
        { id: campaigns.open35!, status: "OUVERTE" },
        { opinion: "SANS", uai: c.uai },
      );
      expect(c.needsAwaitingOpinion).toBe(pending.total);
    }
    // The side-by-side figures do not change with the filter.
    expect(d.departements).toEqual((await getAcademieDashboard(ctx, {}, NOW)).departements);
  });

  it("reads an expired convention and a new draft as a draft in preparation", async () => {
    const d = await getAcademieDashboard(await as("lecteur14", A14), { departement: ["29"] }, NOW);
    expect(d.drill!.colleges).toMatchObject([
      { uai: MORE.mescoat29, convention: "BROUILLON", eleves: null },
    ]);
  });

  it("shows nothing of another académie's département, with a French message; a malformed value too", async () => {
    const ctx = await as("drane14", A14);
    const foreign = await getAcademieDashboard(ctx, { departement: "14" }, NOW);
    expect(foreign.filter).toEqual({
      kind: "unknown",
      message: expect.stringContaining("« 14 » ne fait pas partie de l'académie"),
    });
    expect(foreign.drill).toBeNull();
    expect(JSON.stringify(foreign)).not.toContain(UAI.calvados14);
    const malformed = await getAcademieDashboard(ctx, { departement: "<script>" }, NOW);
    expect(malformed.filter).toEqual({
      kind: "unknown",
      message: expect.stringMatching(/^Le département demandé ne fait pas partie/),
    });
    expect((await getAcademieDashboard(ctx, { departement: "" }, NOW)).filter).toEqual({
      kind: "all",
    });
  });
});
