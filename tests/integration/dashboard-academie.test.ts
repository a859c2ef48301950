import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listConventions } from "@/lib/conventions/list-conventions";
import { getConventionCoverage } from "@/lib/conventions/coverage";
import { getInventoryIndicators } from "@/lib/inventory/indicators";
import { getCampaign, listNeeds } from "@/lib/campaigns/get-campaign";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import {
  academieDashboardExportResponse,
  getAcademieDashboard,
  getConventionsToSign,
} from "@/lib/dashboards/academie-dashboard";
import type {
  CampaignStatus,
  ConventionKind,
  ConventionStatus,
  EquipmentCategory,
  SignatureStatus,
} from "@/lib/generated/prisma/enums";
import { createUser, seedReferentialsAndColleges, UAI, resetEffectifs } from "../support/fixtures";
import { signInAs } from "../support/session";
import { accessAs, C35, A70, A14 } from "../support/access";

const NOW = new Date("2026-03-15T10:00:00Z");
/** Beside the shared fixture: a third public collège and a private one in 35, one in 29, another in Calvados (Normandie). */
const MORE = {
  ormeaux35: "0350033W",
  prive35: "0352894F",
  mescoat29: "0290045S",
  douvres14: "0140049C",
} as const;
const users: Record<string, string> = {};
const college: Record<string, { id: string; collectiviteId: string; academieCode: string }> = {};
const campaigns: Record<string, string> = {};
const EXPORT = "http://test/a/14/tableau-de-bord/export";

const as = accessAs(users);

const collectiviteId = async (code: string) =>
  (await db.collectivite.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;

let conventionCount = 0;
/** A convention written directly in the state a test needs, with its latest version's steps. */
async function convention(spec: {
  uai?: string;
  collectivite?: string;
  kind?: ConventionKind;
  status: ConventionStatus;
  endsOn?: string;
  steps?: [number, "EPLE" | "ETAT" | "COLLECTIVITE", SignatureStatus][];
}) {
  conventionCount += 1;
  const owner = spec.uai
    ? college[spec.uai]!
    : { id: null, collectiviteId: await collectiviteId(spec.collectivite!), academieCode: "14" };
  const created = await db.convention.create({
    data: {
      reference: `CT-TEST-${conventionCount}`,
      kind: spec.kind ?? "TRIPARTITE",
      title: `Convention ${conventionCount}`,
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

async function campaign(collectivite: string, title: string, status: CampaignStatus) {
  const row = await db.needsCampaign.create({
    data: {
      collectiviteId: await collectiviteId(collectivite),
      title,
      exercice: 2027,
      opensOn: new Date("2026-03-01"),
      closesOn: new Date("2026-04-30"),
      envelopeCents: 10_000_000n,
      categories: ["PORTABLE"],
      status,
    },
    select: { id: true },
  });
  return row.id;
}

async function need(campaignId: string, uai: string, opinion: "FAVORABLE" | null = null) {
  await db.needRequest.create({
    data: {
      campaignId,
      etablissementId: college[uai]!.id,
      category: "PORTABLE",
      quantity: 4,
      unitCostCents: 60_000n,
      justification: "Renouvellement",
      projetEtablissement: "Axe 1",
      priority: 1,
      opinion,
    },
  });
}

async function equipment(
  uai: string,
  category: EquipmentCategory,
  count: number,
  acquiredOn: string | null,
) {
  await db.equipment.createMany({
    data: Array.from({ length: count }, () => ({
      collectiviteId: college[uai]!.collectiviteId,
      etablissementId: college[uai]!.id,
      category,
      acquiredOn: acquiredOn ? new Date(acquiredOn) : null,
    })),
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
      [UAI.bourbriac22, 2025, 300],
      [UAI.calvados14, 2025, 300],
      // An earlier rentrée for one collège of 35 and the one of 22, and another for Calvados (Normandie).
      [UAI.gayeulles, 2022, 360],
      [UAI.bourbriac22, 2022, 280],
      [UAI.calvados14, 2021, 310],
    ],
    NOW,
  );
  users.drane14 = await createUser("drane14@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "14" },
  ]);
  users.recteur14 = await createUser("recteur14@test.fr", [
    { scopeType: "ACADEMIE", role: "SIGNATAIRE", key: "14" },
  ]);
  users.lecteur14 = await createUser("lecteur14@test.fr", [
    { scopeType: "ACADEMIE", role: "LECTEUR", key: "14" },
  ]);
  users.drane70 = await createUser("drane70@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "70" },
  ]);
  users.agent35 = await createUser("agent35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
  ]);
  users.chefG = await createUser("chef.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.gayeulles },
  ]);

  // Equipment in service (two old laptops, one undated), plus out-of-service ones that never count.
  await equipment(UAI.gayeulles, "PORTABLE", 120, "2024-09-01");
  await equipment(UAI.gayeulles, "PORTABLE", 30, "2019-09-01");
  await equipment(UAI.gayeulles, "TNI_TBI", 6, "2022-01-10");
  await equipment(UAI.rennes35b, "TABLETTE", 90, null);
  await equipment(UAI.rennes35b, "VPI", 4, "2018-05-01");
  await equipment(UAI.bourbriac22, "POSTE_FIXE", 60, "2017-03-01");
  await equipment(MORE.mescoat29, "PORTABLE", 40, "2023-03-01");
  await equipment(UAI.calvados14, "PORTABLE", 999, "2025-01-01");
  await db.equipment.create({
    data: {
      collectiviteId: college[UAI.gayeulles]!.collectiviteId,
      etablissementId: college[UAI.gayeulles]!.id,
      category: "PORTABLE",
      status: "REFORME",
    },
  });

  // Conventions: in force (35), awaiting the académie in order (35) and in parallel (22), waiting for the collège first (35),
  // expired then a new draft (29), a cadre awaiting the académie, and Calvados's, in another académie.
  await convention({ uai: UAI.gayeulles, status: "EN_VIGUEUR", endsOn: "2028-08-31" });
  await convention({
    uai: UAI.rennes35b,
    status: "EN_SIGNATURE",
    steps: [
      [1, "EPLE", "SIGNEE"],
      [2, "ETAT", "EN_ATTENTE"],
      [3, "COLLECTIVITE", "EN_ATTENTE"],
    ],
  });
  await convention({
    uai: MORE.ormeaux35,
    status: "EN_SIGNATURE",
    steps: [
      [1, "EPLE", "EN_ATTENTE"],
      [2, "ETAT", "EN_ATTENTE"],
      [3, "COLLECTIVITE", "EN_ATTENTE"],
    ],
  });
  await convention({
    uai: UAI.bourbriac22,
    status: "EN_SIGNATURE",
    steps: [
      [1, "EPLE", "EN_ATTENTE"],
      [1, "ETAT", "EN_ATTENTE"],
      [2, "COLLECTIVITE", "EN_ATTENTE"],
    ],
  });
  await convention({ uai: MORE.mescoat29, status: "EN_VIGUEUR", endsOn: "2025-08-31" });
  await convention({ uai: MORE.mescoat29, status: "BROUILLON" });
  await convention({
    collectivite: "35",
    kind: "CADRE",
    status: "EN_SIGNATURE",
    steps: [
      [1, "ETAT", "EN_ATTENTE"],
      [2, "COLLECTIVITE", "EN_ATTENTE"],
    ],
  });
  await convention({
    uai: UAI.calvados14,
    status: "EN_SIGNATURE",
    steps: [
      [1, "ETAT", "EN_ATTENTE"],
      [2, "COLLECTIVITE", "EN_ATTENTE"],
    ],
  });

  // Campaigns: open in 35 and 22 (opinions pending), arbitrated and draft in 35 (never counted), open in Calvados (another académie).
  campaigns.open35 = await campaign("35", "Campagne 35", "OUVERTE");
  await need(campaigns.open35, UAI.gayeulles, "FAVORABLE");
  await need(campaigns.open35, UAI.gayeulles);
  await need(campaigns.open35, UAI.rennes35b);
  await need(campaigns.open35, MORE.ormeaux35);
  campaigns.open22 = await campaign("22", "Campagne 22", "OUVERTE");
  await need(campaigns.open22, UAI.bourbriac22);
  campaigns.arbitrated35 = await campaign("35", "Campagne 35 arbitrée", "ARBITREE");
  await need(campaigns.arbitrated35, UAI.gayeulles);
  campaigns.draft35 = await campaign("35", "Campagne 35 en préparation", "BROUILLON");
  campaigns.open14 = await campaign("14", "Campagne Calvados", "OUVERTE");
  await need(campaigns.open14, UAI.calvados14);
});

describe("conventions waiting for my signature", () => {
  it("counts and lists listConventions's « à signer » tab, for every member who signs", async () => {
    for (const user of ["drane14", "recteur14"]) {
      const ctx = await as(user, A14);
      const [toSign, list] = await Promise.all([
        getConventionsToSign(ctx, NOW),
        listConventions(ctx, { tab: "a-signer" }, NOW),
      ]);
      expect(toSign!.count).toBe(list.counts["a-signer"]);
      expect(toSign!.count).toBe(3);
      expect(toSign!.items.map((i) => i.id)).toEqual(list.items.slice(0, 5).map((i) => i.id));
      expect(toSign!.items.map((i) => i.etablissement?.uai ?? "cadre").sort()).toEqual(
        [UAI.bourbriac22, UAI.rennes35b, "cadre"].sort(),
      );
    }
  });

  it("is absent for a reader, who does not sign", async () => {
    expect(await getConventionsToSign(await as("lecteur14", A14), NOW)).toBeNull();
  });
});

describe("the départements side by side", () => {
  it("lists the académie's own départements only, including one without collèges in the data", async () => {
    const d = await getAcademieDashboard(await as("lecteur14", A14), {}, NOW);
    expect(d.departements.map((x) => x.code)).toEqual(["22", "29", "35", "56"]);
    expect(d.departements.find((x) => x.code === "56")).toMatchObject({
      coverage: { colleges: 0 },
      indicators: null,
      needsAwaitingOpinion: 0,
    });
    expect(d.filter).toEqual({ kind: "all" });
    expect(d.drill).toBeNull();
  });

  it("gives each département getConventionCoverage's coverage (its collectivité has the département's code)", async () => {
    const ctx = await as("drane14", A14);
    const [d, coverage] = await Promise.all([
      getAcademieDashboard(ctx, {}, NOW),
      getConventionCoverage(ctx, NOW),
    ]);
    expect(coverage.length).toBe(3);
    for (const row of coverage) {
      const { colleges, inForce, inSignature, drafts } = row;
      expect(d.departements.find((x) => x.code === row.collectiviteCode)!.coverage).toEqual({
        colleges,
        inForce,
        inSignature,
        drafts,
      });
    }
    expect(d.departements.find((x) => x.code === "35")!.coverage).toEqual({
      colleges: 3,
      inForce: 1,
      inSignature: 2,
      drafts: 0,
    });
    expect(d.departements.find((x) => x.code === "29")!.coverage).toEqual({
      colleges: 1,
      inForce: 0,
      inSignature: 0,
      drafts: 1,
    });
    const sum = (key: "colleges" | "inForce" | "inSignature" | "drafts") =>
      coverage.reduce((s, r) => s + r[key], 0);
    expect(d.total.coverage).toEqual({
      colleges: sum("colleges"),
      inForce: sum("inForce"),
      inSignature: sum("inSignature"),
      drafts: sum("drafts"),
    });
  });

  it("counts the signature backlog as the conventions list does, per département and for the académie", async () => {
    const ctx = await as("drane14", A14);
    const d = await getAcademieDashboard(ctx, {}, NOW);
    for (const x of d.departements) {
      const [inSignature, toSign] = await Promise.all([
        listConventions(ctx, { tab: "en-signature", departement: x.code }, NOW),
        listConventions(ctx, { tab: "a-signer", departement: x.code }, NOW),
      ]);
      expect(x.backlog).toEqual({
        inSignature: inSignature.counts["en-signature"],
        awaitingAcademie: toSign.counts["a-signer"],
      });
    }
    const all = await listConventions(ctx, { tab: "toutes" }, NOW);
    expect(d.total.backlog).toEqual({
      inSignature: all.counts["en-signature"],
      awaitingAcademie: all.counts["a-signer"],
    });
    expect(d.departements.find((x) => x.code === "35")!.backlog).toEqual({
      inSignature: 2,
      awaitingAcademie: 1,
    });
    expect(d.cadres).toEqual({ inSignature: 1, awaitingAcademie: 1 });
    // A reader sees the same backlog, though no « à signer » tab of their own.
    expect((await getAcademieDashboard(await as("lecteur14", A14), {}, NOW)).total.backlog).toEqual(
      d.total.backlog,
    );
  });

  it("takes each département's equipment indicators from getInventoryIndicators", async () => {
    const ctx = await as("drane14", A14);
    const [d, indicators] = await Promise.all([
      getAcademieDashboard(ctx, {}, NOW),
      getInventoryIndicators(ctx, {}, NOW),
    ]);
    for (const i of indicators.byDepartement)
      expect(d.departements.find((x) => x.code === i.code)!.indicators).toEqual(i.aggregate);
    expect(d.total.indicators).toEqual(indicators.total);
    const d35 = d.departements.find((x) => x.code === "35")!.indicators!;
    // 120 + 30 laptops and 90 tablets for 400 + 600 + 500 pupils (the reformed one is not in service).
    expect(d35.counts.terminaux).toBe(240);
    expect(d35.indicators.terminauxPour100).toBeCloseTo(16);
    expect(d35.age).toEqual({ terminauxDates: 150, terminauxPlus5Ans: 30, terminauxSansDate: 90 });
    expect(d.references.terminauxPour100.value).toBe("33,8");
  });

  it("counts the needs awaiting the académie's opinion as the campaigns' detail does", async () => {
    const ctx = await as("drane14", A14);
    const d = await getAcademieDashboard(ctx, {}, NOW);
    expect(d.campaigns.map((c) => c.title).sort()).toEqual(["Campagne 22", "Campagne 35"]);
    for (const c of d.campaigns) {
      const detail = await getCampaign(ctx, c.id, NOW);
      const withoutOpinion = await listNeeds(ctx, detail.campaign, { opinion: "SANS" });
      expect(c.awaitingOpinion).toBe(detail.totals.needs - detail.totals.opinions);
      expect(c.awaitingOpinion).toBe(withoutOpinion.total);
      expect(c.needs).toBe(detail.totals.needs);
    }
    const listed = await listCampaigns(ctx, NOW);
    expect(listed.find((c) => c.id === campaigns.open35)).toMatchObject({ needs: 4, opinions: 1 });
    expect(d.departements.map((x) => [x.code, x.needsAwaitingOpinion])).toEqual([
      ["22", 1],
      ["29", 0],
      ["35", 3],
      ["56", 0],
    ]);
    expect(d.total.needsAwaitingOpinion).toBe(
      d.campaigns.reduce((s, c) => s + c.awaitingOpinion, 0),
    );
  });
});

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

describe("cross-scope", () => {
  it("gives a member of académie 14 no context on académie 70, and other spaces FORBIDDEN", async () => {
    await expect(as("drane14", A70)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAcademieDashboard(await as("agent35", C35), {}, NOW)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      getAcademieDashboard(
        await as("chefG", { type: "ETABLISSEMENT", uai: UAI.gayeulles }),
        {},
        NOW,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getConventionsToSign(await as("agent35", C35), NOW)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("keeps each académie's figures to itself", async () => {
    const d70 = await getAcademieDashboard(await as("drane70", A70), {}, NOW);
    expect(d70.departements.map((x) => x.code)).toEqual(["14", "27", "50", "61", "76"]);
    expect(d70.departements.find((x) => x.code === "14")).toMatchObject({
      coverage: { colleges: 2, inSignature: 1 },
      backlog: { inSignature: 1, awaitingAcademie: 1 },
      needsAwaitingOpinion: 1,
    });
    expect(d70.campaigns.map((c) => c.title)).toEqual(["Campagne Calvados"]);
    expect(d70.cadres).toEqual({ inSignature: 0, awaitingAcademie: 0 });
    expect((await getConventionsToSign(await as("drane70", A70), NOW))!.count).toBe(1);
    const d14 = await getAcademieDashboard(await as("drane14", A14), { departement: "35" }, NOW);
    expect(JSON.stringify(d14)).not.toMatch(/Calvados|0140041U|0140049C/);
    expect(d14.total.indicators.counts.terminaux).toBeLessThan(999);
  });
});

describe("export route", () => {
  const csvLines = async (response: Response) =>
    (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);

  it("serves each chart's table as CSV with its header, the filter applied", async () => {
    signInAs(users.drane14!);
    const coverage = await academieDashboardExportResponse(
      new Request(`${EXPORT}?graphique=couverture`),
      "14",
      NOW,
    );
    expect(coverage.headers.get("Content-Type")).toMatch(/text\/csv/);
    expect(coverage.headers.get("Content-Disposition")).toContain(
      "tableau-de-bord-academie-14-couverture.csv",
    );
    const lines = await csvLines(coverage);
    expect(lines[0]).toBe(
      "Département;Collèges publics ouverts;Convention en vigueur;Couverture (%);Convention en signature;Convention en brouillon",
    );
    expect(lines.slice(1).map((l) => l.split(";")[0])).toEqual([
      "Côtes-d'Armor (22)",
      "Finistère (29)",
      "Ille-et-Vilaine (35)",
      "Morbihan (56)",
      "Académie",
    ]);
    expect(lines[3]).toBe("Ille-et-Vilaine (35);3;1;33,3;2;0");

    const colleges = await csvLines(
      await academieDashboardExportResponse(
        new Request(`${EXPORT}?graphique=colleges&departement=35`),
        "14",
        NOW,
      ),
    );
    expect(colleges[0]!.startsWith("UAI;Collège;Commune;Élèves;Terminaux en service")).toBe(true);
    expect(colleges.length).toBe(4);
    expect(
      colleges.some(
        (l) =>
          l.startsWith(`${UAI.rennes35b};`) && l.includes("En signature, en attente de l'académie"),
      ),
    ).toBe(true);

    signInAs(users.lecteur14!);
    const summary = await csvLines(
      await academieDashboardExportResponse(
        new Request(`${EXPORT}?graphique=departements&departement=35`),
        "14",
        NOW,
      ),
    );
    expect(summary[0]!.split(";").slice(0, 4)).toEqual([
      "Département",
      "Collèges publics ouverts",
      "Convention en vigueur",
      "Couverture (%)",
    ]);
    expect(
      summary.at(-1)!.startsWith("Référence nationale (enquête ETIC);;;;;;33,8 (2018-2019);"),
    ).toBe(true);
    const xlsx = await academieDashboardExportResponse(
      new Request(`${EXPORT}?graphique=terminaux&format=xlsx`),
      "14",
      NOW,
    );
    expect(xlsx.headers.get("Content-Type")).toContain("spreadsheetml");
    expect(new Uint8Array(await xlsx.arrayBuffer()).subarray(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    );
  });

  it("serves the tables of ratios over the rentrée asked, named after it", async () => {
    signInAs(users.drane14!);
    const terminaux = await academieDashboardExportResponse(
      new Request(`${EXPORT}?graphique=terminaux&rentree=2022`),
      "14",
      NOW,
    );
    expect(terminaux.headers.get("Content-Disposition")).toContain(
      "tableau-de-bord-academie-14-terminaux-rentree-2022.csv",
    );
    const lines = await csvLines(terminaux);
    expect(lines).toContain("Côtes-d'Armor (22);1;280;60;21,4;4,7");
    expect(lines).toContain("Ille-et-Vilaine (35);3;360;150;41,7;2,4");
    const colleges = await academieDashboardExportResponse(
      new Request(`${EXPORT}?graphique=colleges&departement=35&rentree=2022`),
      "14",
      NOW,
    );
    expect(colleges.headers.get("Content-Disposition")).toContain(
      "tableau-de-bord-academie-14-colleges-35-rentree-2022.csv",
    );
    const rows = await csvLines(colleges);
    expect(
      rows
        .find((l) => l.startsWith(`${UAI.gayeulles};`))!
        .split(";")
        .slice(3, 5),
    ).toEqual(["360", "150"]);
    expect(rows.find((l) => l.startsWith(`${UAI.rennes35b};`))!.split(";")[3]).toBe("");
    // A table without ratios per pupil keeps its name; a malformed rentrée is the latest.
    const coverage = await academieDashboardExportResponse(
      new Request(`${EXPORT}?graphique=couverture&rentree=2022`),
      "14",
      NOW,
    );
    expect(coverage.headers.get("Content-Disposition")).toContain(
      "tableau-de-bord-academie-14-couverture.csv",
    );
    const malformed = await academieDashboardExportResponse(
      new Request(`${EXPORT}?graphique=terminaux&rentree=deux`),
      "14",
      NOW,
    );
    expect(malformed.headers.get("Content-Disposition")).toContain(
      "tableau-de-bord-academie-14-terminaux.csv",
    );
    expect(await csvLines(malformed)).toContain("Ille-et-Vilaine (35);3;1500;240;16;6,3");
  });

  it("refuses an unknown key, the collèges without a département of the académie, and a foreign académie", async () => {
    signInAs(users.drane14!);
    const notFound = { digest: expect.stringContaining("404") };
    await expect(
      academieDashboardExportResponse(new Request(`${EXPORT}?graphique=inconnu`), "14", NOW),
    ).rejects.toMatchObject(notFound);
    await expect(
      academieDashboardExportResponse(new Request(`${EXPORT}`), "14", NOW),
    ).rejects.toMatchObject(notFound);
    await expect(
      academieDashboardExportResponse(new Request(`${EXPORT}?graphique=colleges`), "14", NOW),
    ).rejects.toMatchObject(notFound);
    await expect(
      academieDashboardExportResponse(
        new Request(`${EXPORT}?graphique=colleges&departement=14`),
        "14",
        NOW,
      ),
    ).rejects.toMatchObject(notFound);
    await expect(
      academieDashboardExportResponse(
        new Request("http://test/a/70/tableau-de-bord/export?graphique=couverture"),
        "70",
        NOW,
      ),
    ).rejects.toMatchObject(notFound);
    signInAs(null);
    await expect(
      academieDashboardExportResponse(new Request(`${EXPORT}?graphique=couverture`), "14", NOW),
    ).rejects.toMatchObject(notFound);
  });
});
