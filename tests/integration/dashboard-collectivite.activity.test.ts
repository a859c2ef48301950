import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getInventoryIndicators } from "@/lib/inventory/indicators";
import { listConventions } from "@/lib/conventions/list-conventions";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { getBudgetSummary } from "@/lib/budgets/budget-summary";
import { getEluView } from "@/lib/budgets/elu-view";
import {
  CONVENTION_COUNT_KEYS,
  getConventionsOverview,
} from "@/lib/dashboards/collectivite-conventions";
import { getAgentDashboard, getEluDashboard } from "@/lib/dashboards/collectivite-dashboard";
import { getOpenCampaigns } from "@/lib/dashboards/collectivite-campaigns";
import { UAI } from "../support/fixtures";
import { C35, C14 } from "../support/access";
import {
  NOW,
  MORE,
  college,
  ids,
  EUR,
  as,
  collectiviteId,
  seedDashboardCollectivite,
} from "./dashboard-collectivite.fixtures";

// An async server component: static rendering cannot await it, and the demo notice is tested with the budgets.
vi.mock("@/components/budgets/demo-budget-notice", () => ({ DemoBudgetNotice: () => null }));

beforeAll(seedDashboardCollectivite);

describe("conventions and campaigns", () => {
  it("counts conventions by status as the list's tabs do, and lists those expiring", async () => {
    const ctx = await as("agent35", C35);
    const overview = await getConventionsOverview(ctx, NOW);
    expect(overview.counts).toEqual({
      brouillons: 2,
      refusees: 1,
      "en-signature": 2,
      "en-vigueur": 2,
      expirant: 1,
      expirees: 1,
      resiliees: 1,
      toutes: 9,
    });
    for (const tab of CONVENTION_COUNT_KEYS)
      expect([tab, overview.counts[tab]]).toEqual([
        tab,
        (await listConventions(ctx, { tab }, NOW)).total,
      ]);
    expect(overview.toSign).toBeNull();
    expect(overview.expiring.map((c) => c.id)).toEqual(
      (await listConventions(ctx, { tab: "expirant" }, NOW)).items.map((c) => c.id),
    );
    expect(overview.expiring.map((c) => c.id)).toEqual([ids.c1]);
    expect(overview.coverage).toMatchObject({
      collectiviteCode: "35",
      colleges: 3,
      inForce: 2,
      inSignature: 1,
    });
  });

  it("shows the signataire the conventions open for the collectivité's signature, as « à signer » lists them", async () => {
    const ctx = await as("sign35", C35);
    const overview = await getConventionsOverview(ctx, NOW);
    const toSign = await listConventions(ctx, { tab: "a-signer" }, NOW);
    expect(overview.toSign).toBe(toSign.total);
    expect(toSign.items.map((c) => c.id)).toEqual([ids.c3]);
  });

  it("gives the open campaign's progress as its detail does, and nothing of drafts or arbitrated ones", async () => {
    const ctx = await as("agent35", C35);
    const campaigns = await getOpenCampaigns(ctx, NOW);
    expect(campaigns.map((c) => c.title)).toEqual(["Campagne 2027"]);
    const [open] = campaigns;
    const detail = await getCampaign(ctx, ids.open35, NOW);
    expect(open).toMatchObject({
      phase: detail.phase,
      needs: detail.totals.needs,
      colleges: detail.totals.colleges,
      opinions: detail.totals.opinions,
      decided: detail.totals.decided,
      requestedCents: detail.totals.requestedCents,
      acceptedCents: detail.totals.acceptedCents,
      envelopeCents: detail.campaign.envelopeCents,
    });
    expect(open).toMatchObject({
      phase: "OUVERTE",
      needs: 3,
      colleges: 2,
      collegesTotal: 3,
      requestedCents: 16n * 60_000n,
    });
  });
});

describe("what waits for the agent", () => {
  it("counts the inventory imports left at the preview step, of the collectivité only, for those who confirm them", async () => {
    const row = (code: string, status: "APERCU" | "ENREGISTRE") =>
      collectiviteId(code).then((id) =>
        db.equipmentImport.create({
          data: {
            collectiviteId: id,
            status,
            fileName: `${code}-${status}.csv`,
            format: "csv",
            sha256: "0".repeat(64),
            mapping: {},
            rowCount: 1,
            summary: {},
            actorLabel: "test",
          },
          select: { id: true },
        }),
      );
    const created = await Promise.all([
      row("14", "APERCU"),
      row("14", "APERCU"),
      row("35", "ENREGISTRE"),
    ]);
    try {
      expect((await getAgentDashboard(await as("agent35", C35), {}, NOW)).pendingImports).toBe(0);
      expect((await getAgentDashboard(await as("agent14", C14), {}, NOW)).pendingImports).toBe(2);
      // A signataire does not confirm imports.
      expect((await getAgentDashboard(await as("sign35", C35), {}, NOW)).pendingImports).toBeNull();
    } finally {
      await db.equipmentImport.deleteMany({ where: { id: { in: created.map((c) => c.id) } } });
    }
  });
});

describe("budget", () => {
  it("gives the exercice's execution as the budget summary does, with the exercice from the URL", async () => {
    const ctx = await as("agent35", C35);
    const current = await getAgentDashboard(ctx, {}, NOW);
    expect(current.exercice).toBe(2026);
    expect(current.budget!.totals).toEqual(
      (await getBudgetSummary(ctx, { exercice: 2026 }, NOW)).totals,
    );
    expect(current.budget!.totals).toMatchObject({
      voted: 90_000n * EUR,
      engaged: 75_000n * EUR,
      mandated: 55_000n * EUR,
      executionRate: 0.6111,
    });
    const previous = await getAgentDashboard(ctx, { exercice: "2025" }, NOW);
    expect(previous.budget!.totals).toEqual(
      (await getBudgetSummary(ctx, { exercice: 2025 }, NOW)).totals,
    );
    expect((await getAgentDashboard(ctx, { exercice: "n'importe" }, NOW)).exercice).toBe(2026);
  });

  it("tells the élu the budget story of the élu view, and ranks and maps the collèges", async () => {
    const ctx = await as("elu35", C35);
    const dashboard = await getEluDashboard(ctx, { exercice: "2026" }, NOW);
    const view = await getEluView(ctx, { exercice: 2026 }, NOW);
    expect(dashboard.budget!.totals).toEqual(view.totals);
    expect(dashboard.budget!.perPupil).toEqual(view.perPupil);
    const indicators = await getInventoryIndicators(
      ctx,
      { sort: "terminauxPour100", dir: "desc" },
      NOW,
    );
    expect(dashboard.equity!.ranked.map((c) => [c.uai, c.terminauxPour100])).toEqual(
      indicators.rows.map((r) => [r.uai, r.indicators.terminauxPour100]),
    );
    expect(dashboard.equity!.ranked.map((c) => [c.uai, c.rank])).toEqual([
      [UAI.rennes35b, 1],
      [UAI.gayeulles, 2],
      [MORE.ormeaux35, 3],
    ]);
    const located = await db.etablissement.count({
      where: {
        collectiviteId: college[UAI.gayeulles]!.collectiviteId,
        secteur: "PUBLIC",
        etat: "OUVERT",
        latitude: { not: null },
        longitude: { not: null },
      },
    });
    expect(dashboard.equity!.map.points).toHaveLength(located);
    expect(dashboard.equity!.map.points.length + dashboard.equity!.map.missing.length).toBe(3);
  });
});
