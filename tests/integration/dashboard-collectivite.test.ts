import { beforeAll, describe, expect, it, vi } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { db } from "@/lib/db/client";
import { requireAccessContext } from "@/lib/access/context";
import { listEquipment } from "@/lib/inventory/list-equipment";
import { getInventoryIndicators } from "@/lib/inventory/indicators";
import { listGaps } from "@/lib/inventory/gaps";
import { getRenewalPlan } from "@/lib/inventory/renewal-plan";
import { listConventions } from "@/lib/conventions/list-conventions";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { getBudgetSummary } from "@/lib/budgets/budget-summary";
import { getEluView } from "@/lib/budgets/elu-view";
import { getAgePyramid } from "@/lib/dashboards/age-pyramid";
import {
  CONVENTION_COUNT_KEYS,
  getAgentDashboard,
  getConventionsOverview,
  getEluDashboard,
  getOpenCampaigns,
  getRenewalDue,
} from "@/lib/dashboards/collectivite-dashboard";
import { collectiviteDashboardExportResponse } from "@/lib/dashboards/collectivite-tables";
import type {
  CampaignStatus,
  ConventionKind,
  ConventionStatus,
  EquipmentCategory,
  EquipmentStatus,
  SignatureStatus,
} from "@/lib/generated/prisma/enums";
import { AgentDashboardView } from "@/components/dashboards/collectivite/agent-dashboard";
import { EluDashboardView } from "@/components/dashboards/collectivite/elu-dashboard";
import { SyntheseView } from "@/components/dashboards/collectivite/synthese";
import { createUser, seedReferentialsAndColleges, UAI, resetEffectifs } from "../support/fixtures";
import { signInAs } from "../support/session";
import { accessAs, C35, C14, A14 } from "../support/access";

// An async server component: static rendering cannot await it, and the demo notice is tested with the budgets.
vi.mock("@/components/budgets/demo-budget-notice", () => ({ DemoBudgetNotice: () => null }));

const NOW = new Date("2026-03-15T10:00:00Z");
/** A third public collège and a private one in 35, beside the shared fixture. */
const MORE = { ormeaux35: "0350033W", prive35: "0352894F" } as const;
const users: Record<string, string> = {};
const college: Record<string, { id: string; collectiviteId: string; academieCode: string }> = {};
const ids = { open35: "", open14: "", c1: "", c3: "" };
const EUR = 100n;

const as = accessAs(users);

const collectiviteId = async (code: string) =>
  (await db.collectivite.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;

/** Serialises a dashboard (bigints included) to look for another tenant's names in it. */
const text = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

async function equipment(
  uai: string,
  category: EquipmentCategory,
  count: number,
  acquiredOn: string | null,
  status: EquipmentStatus = "EN_SERVICE",
) {
  await db.equipment.createMany({
    data: Array.from({ length: count }, () => ({
      collectiviteId: college[uai]!.collectiviteId,
      etablissementId: college[uai]!.id,
      category,
      status,
      acquiredOn: acquiredOn ? new Date(acquiredOn) : null,
    })),
  });
}

let conventionCount = 0;
/** A convention written directly in the state a test needs, with its version's steps. */
async function convention(
  code: string,
  spec: {
    uai?: string;
    kind?: ConventionKind;
    status: ConventionStatus;
    endsOn?: string;
    steps?: [number, "EPLE" | "ETAT" | "COLLECTIVITE", SignatureStatus][];
  },
) {
  conventionCount += 1;
  const owner = spec.uai
    ? college[spec.uai]!
    : {
        id: null,
        collectiviteId: await collectiviteId(code),
        academieCode: code === "14" ? "70" : "14",
      };
  const created = await db.convention.create({
    data: {
      reference: `CT-${code}-${conventionCount}`,
      kind: spec.kind ?? "TRIPARTITE",
      title: `Convention ${code} n° ${conventionCount}`,
      status: spec.status,
      collectiviteId: owner.collectiviteId,
      academieCode: owner.academieCode,
      etablissementId: owner.id,
      endsOn: spec.endsOn ? new Date(spec.endsOn) : null,
      versions: {
        create: {
          number: 1,
          content: {},
          status:
            spec.status === "EN_SIGNATURE"
              ? "EN_SIGNATURE"
              : spec.status === "EN_VIGUEUR"
                ? "SIGNEE"
                : "BROUILLON",
          steps: {
            create: (spec.steps ?? []).map(([order, party, status]) => ({ order, party, status })),
          },
        },
      },
    },
    select: { id: true },
  });
  return created.id;
}

async function campaign(
  code: string,
  title: string,
  status: CampaignStatus,
  envelopeEuros: bigint,
) {
  const row = await db.needsCampaign.create({
    data: {
      collectiviteId: await collectiviteId(code),
      title,
      exercice: 2027,
      opensOn: new Date("2026-03-01"),
      closesOn: new Date("2026-04-30"),
      envelopeCents: envelopeEuros * EUR,
      categories: ["PORTABLE"],
      status,
    },
    select: { id: true },
  });
  return row.id;
}

async function need(
  campaignId: string,
  uai: string,
  quantity: number,
  opinion: "FAVORABLE" | null = null,
) {
  await db.needRequest.create({
    data: {
      campaignId,
      etablissementId: college[uai]!.id,
      category: "PORTABLE",
      quantity,
      unitCostCents: 60_000n,
      justification: "Renouvellement",
      projetEtablissement: "Axe 1",
      priority: 1,
      opinion,
    },
  });
}

async function budgetLine(
  code: string,
  exercice: number,
  section: "INVESTISSEMENT" | "FONCTIONNEMENT",
  bp: bigint,
  engaged: bigint,
  mandated: bigint,
) {
  await db.budgetLine.create({
    data: {
      collectiviteId: await collectiviteId(code),
      exercice,
      section,
      chapitre: section === "INVESTISSEMENT" ? "21" : "011",
      fonction: "221",
      nature: section === "INVESTISSEMENT" ? "21831" : "6156",
      label: `Ligne ${code} ${exercice}`,
      category: section === "INVESTISSEMENT" ? "EQUIPEMENT" : "MAINTENANCE",
      funding: "COLLECTIVITE",
      bpCents: bp * EUR,
      engagedCents: engaged * EUR,
      mandatedCents: mandated * EUR,
    },
  });
}

beforeAll(async () => {
  await seedReferentialsAndColleges([...Object.values(UAI), ...Object.values(MORE)]);
  for (const e of await db.etablissement.findMany({
    select: { id: true, uai: true, collectiviteId: true, academieCode: true },
  }))
    college[e.uai] = e;
  await resetEffectifs(
    [
      [UAI.gayeulles, 2025, 400],
      [UAI.rennes35b, 2025, 600],
      [MORE.ormeaux35, 2025, 500],
      [UAI.calvados14, 2025, 300],
      // An earlier rentrée for two of 35's collèges (not Les Ormeaux), and another for Calvados.
      [UAI.gayeulles, 2023, 350],
      [UAI.rennes35b, 2023, 520],
      [UAI.calvados14, 2020, 280],
    ],
    NOW,
  );
  users.agent35 = await createUser("agent35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
  ]);
  users.elu35 = await createUser("elu35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "ELU", key: "35" },
  ]);
  users.sign35 = await createUser("signataire35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "SIGNATAIRE", key: "35" },
  ]);
  users.agent14 = await createUser("agent14@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "14" },
  ]);
  users.drane14 = await createUser("drane14@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "14" },
  ]);

  // Ages on 15 March 2026, in whole years.
  await equipment(UAI.gayeulles, "PORTABLE", 10, "2025-06-01"); // 0
  await equipment(UAI.gayeulles, "POSTE_FIXE", 5, "2019-01-10"); // 7
  await equipment(UAI.gayeulles, "ENI", 2, "2022-09-01"); // 3
  await equipment(UAI.gayeulles, "BORNE_WIFI", 1, null); // unknown
  await equipment(UAI.gayeulles, "PORTABLE", 3, "2018-01-01", "EN_PANNE"); // not in service
  await equipment(UAI.gayeulles, "TABLETTE", 2, "2017-01-01", "REFORME"); // not in service
  await equipment(UAI.rennes35b, "TABLETTE", 20, "2021-03-16"); // 4, a day short of 5
  await equipment(UAI.rennes35b, "TABLETTE", 6, "2021-03-15"); // 5 exactly
  await equipment(UAI.rennes35b, "VIDEOPROJECTEUR", 4, "2015-05-01"); // 10
  await equipment(UAI.rennes35b, "SERVEUR", 1, "2020-03-15"); // 6
  await equipment(UAI.rennes35b, "COMMUTATEUR", 2, "2024-03-16"); // 1
  await equipment(UAI.rennes35b, "CLASSE_MOBILE", 1, "2025-03-15"); // 1 exactly
  await equipment(UAI.calvados14, "PORTABLE", 77, "2024-01-10");

  ids.c1 = await convention("35", {
    uai: UAI.gayeulles,
    status: "EN_VIGUEUR",
    endsOn: "2026-05-01",
  }); // expiring within 90 days
  await convention("35", { uai: UAI.rennes35b, status: "EN_VIGUEUR", endsOn: "2028-08-31" });
  ids.c3 = await convention("35", {
    uai: MORE.ormeaux35,
    status: "EN_SIGNATURE",
    steps: [
      [1, "EPLE", "SIGNEE"],
      [2, "ETAT", "SIGNEE"],
      [3, "COLLECTIVITE", "EN_ATTENTE"],
    ],
  });
  await convention("35", {
    uai: UAI.gayeulles,
    kind: "AVENANT",
    status: "EN_SIGNATURE",
    steps: [
      [1, "EPLE", "EN_ATTENTE"],
      [2, "COLLECTIVITE", "EN_ATTENTE"],
    ],
  });
  await convention("35", { uai: UAI.rennes35b, status: "EN_VIGUEUR", endsOn: "2025-08-31" }); // expired
  await convention("35", {
    uai: MORE.ormeaux35,
    status: "BROUILLON",
    steps: [[1, "EPLE", "REFUSEE"]],
  });
  await convention("35", { kind: "CADRE", status: "BROUILLON" });
  await convention("35", { uai: UAI.gayeulles, status: "RESILIEE" });
  await convention("35", {
    uai: UAI.rennes35b,
    kind: "AVENANT",
    status: "EN_VIGUEUR",
    endsOn: "2026-04-01",
  }); // an avenant is not counted in force
  await convention("14", { uai: UAI.calvados14, status: "EN_VIGUEUR", endsOn: "2026-04-10" });
  await convention("14", {
    uai: UAI.calvados14,
    status: "EN_SIGNATURE",
    steps: [
      [1, "ETAT", "SIGNEE"],
      [2, "COLLECTIVITE", "EN_ATTENTE"],
    ],
  });

  ids.open35 = await campaign("35", "Campagne 2027", "OUVERTE", 100_000n);
  await need(ids.open35, UAI.gayeulles, 4);
  await need(ids.open35, UAI.gayeulles, 2);
  await need(ids.open35, UAI.rennes35b, 10, "FAVORABLE");
  await campaign("35", "Campagne arbitrée", "ARBITREE", 50_000n);
  await campaign("35", "Campagne en préparation", "BROUILLON", 20_000n);
  ids.open14 = await campaign("14", "Campagne Calvados", "OUVERTE", 77_000n);
  await need(ids.open14, UAI.calvados14, 7);

  await budgetLine("35", 2026, "INVESTISSEMENT", 60_000n, 45_000n, 25_000n);
  await budgetLine("35", 2026, "FONCTIONNEMENT", 30_000n, 30_000n, 30_000n);
  await budgetLine("35", 2025, "INVESTISSEMENT", 50_000n, 45_000n, 45_000n);
  await budgetLine("14", 2026, "INVESTISSEMENT", 999_999n, 0n, 0n);
});

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

describe("scope", () => {
  it("gives a Calvados agent no context in 35 and none of 35's figures in 14", async () => {
    signInAs(users.agent14!);
    await expect(requireAccessContext(C35)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const ctx = await as("agent14", C14);
    const dashboard = await getAgentDashboard(ctx, {}, NOW);
    expect(dashboard.pyramid!.total).toBe(77);
    expect(dashboard.fleet!.colleges.map((c) => c.uai)).toEqual([UAI.calvados14]);
    expect(dashboard.conventions!.counts.toutes).toBe(2);
    expect(dashboard.campaigns!.map((c) => c.id)).toEqual([ids.open14]);
    expect(dashboard.budget!.totals.voted).toBe(999_999n * EUR);
    const seen = text(dashboard);
    for (const foreign of [UAI.gayeulles, UAI.rennes35b, MORE.ormeaux35, "Campagne 2027", "CT-35-"])
      expect(seen).not.toContain(foreign);
  });

  it("never shows Calvados in 35's dashboards", async () => {
    for (const user of ["agent35", "sign35"]) {
      const dashboard = await getAgentDashboard(await as(user, C35), {}, NOW);
      const seen = text(dashboard);
      for (const foreign of [UAI.calvados14, "Campagne Calvados", "CT-14-", "99999900"])
        expect(seen).not.toContain(foreign);
      expect(dashboard.pyramid!.total).toBe(52);
    }
    const elu = text(await getEluDashboard(await as("elu35", C35), {}, NOW));
    for (const foreign of [UAI.calvados14, "Campagne Calvados", "CT-14-", "99999900"])
      expect(elu).not.toContain(foreign);
  });

  it("refuses the académie, whose dashboard is another", async () => {
    const ctx = await as("drane14", A14);
    await expect(getAgentDashboard(ctx, {}, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getEluDashboard(ctx, {}, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getConventionsOverview(ctx, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("exports", () => {
  const request = (query: string) =>
    new Request(`http://test/c/35/tableau-de-bord/export?${query}`);
  const csvLines = async (response: Response) =>
    (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");

  it("serves the age pyramid's table as CSV, figure for figure", async () => {
    signInAs(users.agent35!);
    const response = await collectiviteDashboardExportResponse(
      request("graphique=pyramide"),
      "35",
      NOW,
    );
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="tableau-de-bord-pyramide-35.csv"',
    );
    expect(await csvLines(response)).toEqual([
      "Tranche d'âge;Terminaux;Affichage et projection;Réseau et serveurs;Autres équipements;Ensemble",
      "Moins d'un an;10;0;0;0;10",
      "1 à 2 ans;0;0;2;1;3",
      "3 à 4 ans;20;2;0;0;22",
      "5 à 6 ans;6;0;1;0;7",
      "7 à 9 ans;5;0;0;0;5",
      "10 ans et plus;0;4;0;0;4",
      "Date d'acquisition inconnue;0;0;1;0;1",
      "Total;41;6;4;1;52",
    ]);
  });

  it("serves conventions, campaigns and the budget of the exercice asked, as CSV or XLSX", async () => {
    signInAs(users.agent35!);
    const conventions = await csvLines(
      await collectiviteDashboardExportResponse(request("graphique=conventions"), "35", NOW),
    );
    expect(conventions[0]).toBe("Statut;Conventions");
    expect(conventions).toContain("En signature;2");
    expect(conventions).toContain("dont expirant sous 90 jours;1");
    const campaigns = await csvLines(
      await collectiviteDashboardExportResponse(request("graphique=campagne"), "35", NOW),
    );
    expect(campaigns[1]).toBe(
      "Campagne 2027;Ouverte aux dépôts;30 avril 2026;2;3;66,7;3;9600;100000;0",
    );
    const execution = await collectiviteDashboardExportResponse(
      request("graphique=execution&exercice=2025"),
      "35",
      NOW,
    );
    expect(execution.headers.get("Content-Disposition")).toBe(
      'attachment; filename="tableau-de-bord-execution-35-2025.csv"',
    );
    expect(await csvLines(execution)).toEqual([
      "Section;Voté (€);Engagé (€);Mandaté (€);Taux d'exécution (%)",
      "Investissement;50000;45000;45000;90",
      "Total;50000;45000;45000;90",
    ]);
    signInAs(users.elu35!);
    const map = await collectiviteDashboardExportResponse(
      request("graphique=carte&format=xlsx"),
      "35",
      NOW,
    );
    expect(map.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const equity = await csvLines(
      await collectiviteDashboardExportResponse(request("graphique=equite"), "35", NOW),
    );
    expect(equity[0]).toBe(
      "Rang;UAI;Collège;Commune;Élèves;Terminaux en service;Terminaux pour 100 élèves;Classe",
    );
    expect(equity[1]).toMatch(
      new RegExp(`^1;${UAI.rennes35b};.*;600;26;4,3;Moins de 22 terminaux pour 100 élèves`),
    );
  });

  it("serves the tables of ratios over the rentrée asked, named after it, and the latest for a malformed one", async () => {
    signInAs(users.agent35!);
    const indicators = await collectiviteDashboardExportResponse(
      request("graphique=indicateurs&rentree=2023"),
      "35",
      NOW,
    );
    expect(indicators.headers.get("Content-Disposition")).toBe(
      'attachment; filename="tableau-de-bord-indicateurs-35-rentree-2023.csv"',
    );
    const lines = await csvLines(indicators);
    expect(lines[0]).toBe("Indicateur;Collectivité;Référence nationale");
    expect(lines).toContain("Collèges dont l'effectif est connu;2;");
    expect(lines).toContain("Élèves de ces collèges;870;");
    const latest = await csvLines(
      await collectiviteDashboardExportResponse(request("graphique=indicateurs"), "35", NOW),
    );
    expect(latest).toContain("Élèves de ces collèges;1500;");
    const malformed = await collectiviteDashboardExportResponse(
      request("graphique=indicateurs&rentree=2023-2024"),
      "35",
      NOW,
    );
    expect(malformed.headers.get("Content-Disposition")).toBe(
      'attachment; filename="tableau-de-bord-indicateurs-35.csv"',
    );
    expect(await csvLines(malformed)).toEqual(latest);
    signInAs(users.elu35!);
    const equity = await csvLines(
      await collectiviteDashboardExportResponse(
        request("graphique=equite&rentree=2023"),
        "35",
        NOW,
      ),
    );
    expect(equity[1]).toMatch(new RegExp(`^1;${UAI.rennes35b};.*;520;26;5(,0)?;`));
    expect(equity.find((l) => l.includes(MORE.ormeaux35))).toMatch(
      /^;0350033W;.*;;0;;Non calculable/,
    );
    // The Calvados agent asking 35's rentrée gets Calvados only, without an effectif that year.
    signInAs(users.agent14!);
    const own = await csvLines(
      await collectiviteDashboardExportResponse(
        new Request("http://test/c/14/tableau-de-bord/export?graphique=indicateurs&rentree=2023"),
        "14",
        NOW,
      ),
    );
    expect(own).toContain("Collèges dont l'effectif est connu;0;");
  });

  it("refuses an unknown key, a foreign collectivité and a visitor", async () => {
    signInAs(users.agent35!);
    await expect(
      collectiviteDashboardExportResponse(request("graphique=inconnu"), "35", NOW),
    ).rejects.toThrow();
    await expect(collectiviteDashboardExportResponse(request(""), "35", NOW)).rejects.toThrow();
    signInAs(users.agent14!);
    await expect(
      collectiviteDashboardExportResponse(request("graphique=pyramide"), "35", NOW),
    ).rejects.toThrow();
    signInAs(null);
    await expect(
      collectiviteDashboardExportResponse(request("graphique=pyramide"), "35", NOW),
    ).rejects.toThrow();
    // The Calvados agent's own export holds Calvados only.
    signInAs(users.agent14!);
    const own = await csvLines(
      await collectiviteDashboardExportResponse(
        new Request("http://test/c/14/tableau-de-bord/export?graphique=pyramide"),
        "14",
        NOW,
      ),
    );
    expect(own.at(-1)).toBe("Total;77;0;0;0;77");
  });
});

describe("what a screen reader reads", () => {
  const decode = (html: string) =>
    html
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&nbsp;|\u00a0|\u202f/g, " ");
  const textOf = (html: string) =>
    decode(html.replace(/<span aria-hidden="true"[^>]*>.*?<\/span>/g, "").replace(/<[^>]+>/g, ""))
      .replace(/\s+/g, " ")
      .trim();
  const linkNames = (html: string) =>
    [...html.matchAll(/<a ([^>]*)>(.*?)<\/a>/g)].map(([, attributes, inner]) =>
      decode(/aria-label="([^"]*)"/.exec(attributes!)?.[1] ?? textOf(inner!)),
    );

  function checkMarkup(html: string) {
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    const tables = html.match(/<table[ >]/g) ?? [];
    expect(tables.length).toBeGreaterThan(0);
    expect(html.match(/<caption[ >]/g)).toHaveLength(tables.length);
    expect(html).not.toMatch(/<th(?=[ >])(?![^>]*scope=)[^>]*>/);
    const names = linkNames(html);
    expect(new Set(names).size).toBe(names.length);
    for (const [, id] of html.matchAll(/<section [^>]*aria-labelledby="([^"]+)"/g))
      expect(html).toContain(`id="${id}"`);
    for (const foreign of [UAI.calvados14, "Campagne Calvados", "CT-14-"])
      expect(html).not.toContain(foreign);
  }

  it("renders the agent's dashboard with one h1, captioned tables, distinct link names and every chart's export", async () => {
    const ctx = await as("sign35", C35);
    const data = await getAgentDashboard(ctx, {}, NOW);
    const html = renderToStaticMarkup(
      createElement(AgentDashboardView, {
        ctx,
        code: "35",
        data,
        registry: { total: 4, public: 3, prive: 1 },
      }),
    );
    checkMarkup(html);
    expect(textOf(/<h1[^>]*>(.*?)<\/h1>/.exec(html)![1]!)).toBe("Tableau de bord");
    // What waits for the signataire comes first.
    expect(html).toContain(">1 convention attend la signature de la collectivité</a>");
    expect(html.indexOf("a-traiter-titre")).toBeLessThan(html.indexOf("parc-titre"));
    for (const key of [
      "indicateurs",
      "pyramide",
      "pyramide-categories",
      "ecarts",
      "renouvellement",
      "conventions",
      "campagne",
      "execution",
    ]) {
      expect(html).toContain(`/c/35/tableau-de-bord/export?graphique=${key}&amp;`);
    }
    expect(html).toContain('href="/c/35/conventions?tab=expirant"');
    expect(html).toContain('href="/c/35/inventaire?status=EN_SERVICE"');
    expect(html).toContain('href="/c/35/budgets?exercice=2026"');
  });

  it("keeps the rentrée in the form, the exports of ratios, the indicator link and the summary link, and says which it is", async () => {
    const ctx = await as("agent35", C35);
    const html = renderToStaticMarkup(
      createElement(AgentDashboardView, {
        ctx,
        code: "35",
        data: await getAgentDashboard(ctx, { rentree: "2023" }, NOW),
        registry: null,
      }),
    );
    checkMarkup(html);
    expect(textOf(html)).toContain("équipement rapporté aux effectifs de la rentrée 2023-2024");
    expect(textOf(html)).toContain("Ratios rapportés aux effectifs de la rentrée 2023-2024");
    expect(html).toMatch(
      /<form[^>]*action="\/c\/35"[^>]*>.*<select id="exercice" name="exercice".*<select id="rentree" name="rentree"[^>]*>.*?<option value="2023" selected="">2023-2024<\/option>/,
    );
    expect(html).toContain(
      'href="/c/35/tableau-de-bord/export?graphique=indicateurs&amp;rentree=2023&amp;format=csv"',
    );
    expect(html).toContain('href="/c/35/inventaire/indicateurs?rentree=2023"');
    expect(html).toContain('href="/c/35/synthese?exercice=2026&amp;rentree=2023"');
    const latest = renderToStaticMarkup(
      createElement(AgentDashboardView, {
        ctx,
        code: "35",
        data: await getAgentDashboard(ctx, {}, NOW),
        registry: null,
      }),
    );
    expect(textOf(latest)).toContain(
      "équipement rapporté au dernier effectif connu de chaque collège",
    );
    expect(latest).toContain('<option value="" selected="">Dernière connue</option>');
    expect(latest).toContain('href="/c/35/inventaire/indicateurs"');
    const elu = await as("elu35", C35);
    const eluHtml = renderToStaticMarkup(
      createElement(EluDashboardView, {
        ctx: elu,
        code: "35",
        collectivite: "Ille-et-Vilaine",
        data: await getEluDashboard(elu, { rentree: "2023" }, NOW),
      }),
    );
    checkMarkup(eluHtml);
    for (const key of ["equite", "carte"])
      expect(eluHtml).toContain(`graphique=${key}&amp;rentree=2023&amp;format=csv`);
    const synthese = renderToStaticMarkup(
      createElement(SyntheseView, {
        ctx: elu,
        code: "35",
        collectivite: "Ille-et-Vilaine",
        data: await getEluDashboard(elu, { rentree: "2023" }, NOW),
      }),
    );
    expect(textOf(synthese)).toContain("équipement rapporté aux effectifs de la rentrée 2023-2024");
    expect(synthese).toContain('href="/c/35?exercice=2026&amp;rentree=2023"');
  });

  it("renders the élu's dashboard, budget first, with the map and its table, and the printable summary", async () => {
    const ctx = await as("elu35", C35);
    const data = await getEluDashboard(ctx, { exercice: "2026" }, NOW);
    const html = renderToStaticMarkup(
      createElement(EluDashboardView, { ctx, code: "35", collectivite: "Ille-et-Vilaine", data }),
    );
    checkMarkup(html);
    expect(html.indexOf('id="budget-titre"')).toBeLessThan(html.indexOf('id="equite-titre"'));
    expect(html).toMatch(/<svg role="img" aria-label="Carte de 3 collèges publics/);
    expect(html).toContain("Collèges de la carte : rang, terminaux pour 100 élèves et classe");
    for (const key of ["budget-categories", "eleve", "equite", "carte"])
      expect(html).toContain(`graphique=${key}`);
    expect(html).toContain('href="/c/35/synthese?exercice=2026"');
    const synthese = renderToStaticMarkup(
      createElement(SyntheseView, { ctx, code: "35", collectivite: "Ille-et-Vilaine", data }),
    );
    checkMarkup(synthese);
    expect(textOf(synthese)).toContain("Chiffres au 15 mars 2026");
    expect(synthese).toContain("print:hidden");
  });
});
