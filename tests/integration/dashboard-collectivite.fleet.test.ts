import { beforeAll, describe, expect, it, vi } from "vitest";
import { listEquipment } from "@/lib/inventory/list-equipment";
import { getInventoryIndicators } from "@/lib/inventory/indicators";
import { listGaps } from "@/lib/inventory/gaps";
import { getRenewalPlan } from "@/lib/inventory/renewal-plan";
import { getEluView } from "@/lib/budgets/elu-view";
import { getAgePyramid } from "@/lib/dashboards/age-pyramid";
import { getAgentDashboard, getEluDashboard } from "@/lib/dashboards/collectivite-dashboard";
import { getRenewalDue } from "@/lib/dashboards/collectivite-fleet";
import { UAI } from "../support/fixtures";
import { C35, C14 } from "../support/access";
import { NOW, MORE, as, seedDashboardCollectivite } from "./dashboard-collectivite.fixtures";

// An async server component: static rendering cannot await it, and the demo notice is tested with the budgets.
vi.mock("@/components/budgets/demo-budget-notice", () => ({ DemoBudgetNotice: () => null }));

beforeAll(seedDashboardCollectivite);

describe("the fleet", () => {
  it("counts the age pyramid per category and band, and its total is the equipment list's in service", async () => {
    const ctx = await as("agent35", C35);
    const pyramid = await getAgePyramid(ctx, NOW);
    expect(pyramid.totals).toEqual({
      moins1: 10,
      "1a2": 3,
      "3a4": 22,
      "5a6": 7,
      "7a9": 5,
      "10plus": 4,
      inconnu: 1,
    });
    expect(pyramid.byFamily.map((f) => [f.family, f.total])).toEqual([
      ["terminaux", 41],
      ["affichage", 6],
      ["reseau", 4],
      ["autres", 1],
    ]);
    expect(pyramid.byCategory.find((c) => c.category === "TABLETTE")!.counts).toMatchObject({
      "3a4": 20,
      "5a6": 6,
    });
    expect(pyramid.total).toBe((await listEquipment(ctx, { status: "EN_SERVICE" })).total);
    expect(pyramid.total).toBe(52);
    for (const row of pyramid.byCategory) {
      expect(row.total).toBe(
        (await listEquipment(ctx, { status: "EN_SERVICE", category: row.category })).total,
      );
    }
    const dashboard = await getAgentDashboard(ctx, {}, NOW);
    expect(dashboard.pyramid).toEqual(pyramid);
  });

  it("gives the indicators of the indicator page and the costliest gaps of the gap list", async () => {
    const ctx = await as("agent35", C35);
    const { fleet } = await getAgentDashboard(ctx, {}, NOW);
    const indicators = await getInventoryIndicators(ctx, {}, NOW);
    expect(fleet!.aggregate).toEqual(indicators.total);
    expect(fleet!.aggregate.colleges).toBe(3);
    // 15 terminals for 400 pupils, 26 for 600, none for 500.
    expect(fleet!.aggregate.indicators.terminauxPour100).toBeCloseTo((41 * 100) / 1500, 6);
    const gaps = await listGaps(ctx, { ecart: "1", pageSize: 10 }, NOW);
    expect(fleet!.furthest.map((c) => [c.uai, c.gaps!.missingCostCents])).toEqual(
      gaps.rows.map((r) => [r.uai, r.gaps!.missingCostCents]),
    );
    expect(fleet!.furthest.length).toBeGreaterThan(0);
    const all = await listGaps(ctx, {}, NOW);
    expect(fleet!.gapTotals).toEqual(all.totals);
  });

  it("gives the renewal due this year and next as the plan does", async () => {
    const ctx = await as("agent35", C35);
    const due = await getRenewalDue(ctx, NOW);
    const plan = await getRenewalPlan(ctx, {}, NOW);
    expect(due.years).toEqual([2026, 2027]);
    expect(due.cells).toEqual([plan.all.perYear[0], plan.all.perYear[1]]);
    expect(due.overdue).toEqual(plan.all.overdue);
    expect(due.cells[0].count).toBeGreaterThan(0);
    for (const c of due.byCategory) {
      const line = plan.byCategory.find((p) => p.category === c.category)!;
      expect(c.cells).toEqual([line.perYear[0], line.perYear[1]]);
    }
  });
});

describe("the rentrée of the effectifs", () => {
  it("divides the fleet's ratios by the effectifs of `?rentree=`, as the indicator page with the same rentrée", async () => {
    const ctx = await as("agent35", C35);
    const [dashboard, indicators, latest] = await Promise.all([
      getAgentDashboard(ctx, { rentree: "2023" }, NOW),
      getInventoryIndicators(ctx, { rentree: 2023 }, NOW),
      getAgentDashboard(ctx, {}, NOW),
    ]);
    expect(dashboard.rentree).toBe(2023);
    expect(dashboard.rentrees).toEqual([2025, 2023]);
    expect(dashboard.fleet!.rentree).toBe(2023);
    expect(dashboard.fleet!.aggregate).toEqual(indicators.total);
    // 41 terminals for 350 + 520 pupils; Les Ormeaux has no effectif that rentrée.
    expect(dashboard.fleet!.aggregate).toMatchObject({
      colleges: 3,
      collegesAvecEffectif: 2,
      eleves: 870,
    });
    expect(
      dashboard.fleet!.colleges.map((c) => [c.uai, c.effectif?.total ?? null, c.indicators]),
    ).toEqual(indicators.rows.map((r) => [r.uai, r.effectif?.total ?? null, r.indicators]));
    expect(latest.rentree).toBeNull();
    expect(latest.fleet!.aggregate.eleves).toBe(1500);
    // The gaps stay on the latest effectif, as the gap list measures them.
    expect(dashboard.fleet!.gapTotals).toEqual((await listGaps(ctx, {}, NOW)).totals);
    expect(dashboard.fleet!.furthest).toEqual(latest.fleet!.furthest);
  });

  it("ranks the élu's collèges over the same rentrée, and reads a malformed one as the latest", async () => {
    const ctx = await as("elu35", C35);
    const dashboard = await getEluDashboard(ctx, { exercice: "2026", rentree: ["2023"] }, NOW);
    const indicators = await getInventoryIndicators(
      ctx,
      { rentree: "2023", sort: "terminauxPour100", dir: "desc" },
      NOW,
    );
    expect(dashboard.equity!.ranked.map((c) => [c.uai, c.eleves, c.terminauxPour100])).toEqual(
      indicators.rows.map((r) => [r.uai, r.effectif?.total ?? null, r.indicators.terminauxPour100]),
    );
    expect(dashboard.equity!.ranked.find((c) => c.uai === MORE.ormeaux35)).toMatchObject({
      rank: null,
      equityClass: "INCONNU",
    });
    // The budget's euros per pupil keep their own effectifs.
    expect(dashboard.budget!.perPupil).toEqual(
      (await getEluView(ctx, { exercice: 2026 }, NOW)).perPupil,
    );
    for (const bad of ["2023-2024", "n'importe", "1900"]) {
      const d = await getEluDashboard(ctx, { rentree: bad }, NOW);
      expect(d.rentree).toBeNull();
      expect(d.fleet!.aggregate).toEqual((await getInventoryIndicators(ctx, {}, NOW)).total);
    }
  });

  it("offers Calvados its own rentrées and none of 35's effectifs", async () => {
    const ctx = await as("agent14", C14);
    expect((await getAgentDashboard(ctx, {}, NOW)).rentrees).toEqual([2025, 2020]);
    const d2023 = await getAgentDashboard(ctx, { rentree: "2023" }, NOW);
    expect(d2023.fleet!.aggregate).toMatchObject({
      colleges: 1,
      collegesAvecEffectif: 0,
      eleves: 0,
    });
    expect(d2023.fleet!.colleges.map((c) => c.uai)).toEqual([UAI.calvados14]);
    expect((await getAgentDashboard(ctx, { rentree: "2020" }, NOW)).fleet!.aggregate.eleves).toBe(
      280,
    );
  });
});
