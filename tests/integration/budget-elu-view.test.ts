import { beforeAll, describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { db } from "@/lib/db/client";
import { requireAccessContext } from "@/lib/access/context";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { DEMO_BUDGET_ACTOR } from "@/lib/demo/seed-budgets";
import { getEluView } from "@/lib/budgets/elu-view";
import { isDemoBudget } from "@/lib/budgets/demo";
import { collegeSpendingOf } from "@/lib/budgets/college-spending";
import { eluTable } from "@/lib/budgets/elu-tables";
import { spreadsheetRows } from "@/lib/exports/data-table";
import { pdfText } from "../support/pdf-text";
import { commissionExportResponse, eluTableExportResponse } from "@/lib/budgets/elu-export";
import { unzipSync } from "fflate";
import type {
  BudgetCategory,
  BudgetFunding,
  BudgetSection,
  CampaignStatus,
  NeedStatus,
} from "@/lib/generated/prisma/enums";
import { createUser, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { accessAs, C35, C14, A14, E } from "../support/access";

const NOW = new Date("2026-03-15T10:00:00Z");
const EUR = 100n;
const users: Record<string, string> = {};
const collectivite: Record<string, string> = {};
const college: Record<string, string> = {};
const ids = { ap35: "", ap14: "", l1: "", arbitrated: "", draft: "" };

const as = accessAs(users);

interface LineSpec {
  code: string;
  exercice: number;
  section: BudgetSection;
  chapitre: string;
  nature: string;
  category: BudgetCategory;
  funding: BudgetFunding;
  bp: bigint;
  dm?: bigint;
  engaged?: bigint;
  mandated?: bigint;
  autorisationId?: string;
}

async function line(spec: LineSpec): Promise<string> {
  const row = await db.budgetLine.create({
    data: {
      collectiviteId: collectivite[spec.code]!,
      exercice: spec.exercice,
      section: spec.section,
      chapitre: spec.chapitre,
      fonction: "221",
      nature: spec.nature,
      label: `Ligne ${spec.nature} ${spec.exercice}`,
      category: spec.category,
      funding: spec.funding,
      bpCents: spec.bp * EUR,
      dmCents: (spec.dm ?? 0n) * EUR,
      engagedCents: (spec.engaged ?? 0n) * EUR,
      mandatedCents: (spec.mandated ?? 0n) * EUR,
      autorisationId: spec.autorisationId ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

async function campaign(
  code: string,
  exercice: number,
  title: string,
  status: CampaignStatus,
  envelope: bigint,
  budgetLineId: string | null,
) {
  const row = await db.needsCampaign.create({
    data: {
      collectiviteId: collectivite[code]!,
      title,
      exercice,
      opensOn: new Date(Date.UTC(exercice - 1, 9, 1)),
      closesOn: new Date(Date.UTC(exercice - 1, 10, 30)),
      envelopeCents: envelope * EUR,
      categories: ["PORTABLE"],
      status,
      budgetLineId,
    },
    select: { id: true },
  });
  return row.id;
}

async function need(campaignId: string, uai: string, status: NeedStatus, accepted: bigint | null) {
  await db.needRequest.create({
    data: {
      campaignId,
      etablissementId: college[uai]!,
      category: "PORTABLE",
      quantity: 10,
      unitCostCents: 60_000n,
      justification: "Renouvellement",
      projetEtablissement: "Axe 1",
      priority: 1,
      status,
      acceptedCents: accepted === null ? null : accepted * EUR,
      acceptedQuantity: accepted === null ? null : 1,
    },
  });
}

beforeAll(async () => {
  await seedReferentialsAndColleges();
  for (const code of ["35", "14"])
    collectivite[code] = (
      await db.collectivite.findUniqueOrThrow({ where: { code }, select: { id: true } })
    ).id;
  for (const e of await db.etablissement.findMany({ select: { id: true, uai: true } }))
    college[e.uai] = e.id;
  await db.effectif.deleteMany({});
  for (const [uai, total] of [
    [UAI.gayeulles, 400],
    [UAI.rennes35b, 600],
    [UAI.calvados14, 300],
  ] as const) {
    await db.effectif.create({
      data: {
        etablissementId: college[uai]!,
        rentree: 2025,
        total,
        source: "test",
        importedAt: NOW,
      },
    });
  }
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
  users.chefG = await createUser("chef.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.gayeulles },
  ]);

  // AP 35: 200 000 € with CP 50 000 (2025), 80 000 (2026), 70 000 (2027).
  ids.ap35 = (
    await db.autorisation.create({
      data: {
        collectiviteId: collectivite["35"]!,
        kind: "AP",
        numero: "AP 2025-01",
        label: "Plan collèges numériques",
        category: "EQUIPEMENT",
        votedOn: new Date("2025-01-20"),
        amountCents: 200_000n * EUR,
        state: "ENGAGEE",
        credits: {
          create: [
            { exercice: 2025, amountCents: 50_000n * EUR },
            { exercice: 2026, amountCents: 80_000n * EUR },
            { exercice: 2027, amountCents: 70_000n * EUR },
          ],
        },
      },
      select: { id: true },
    })
  ).id;
  ids.l1 = await line({
    code: "35",
    exercice: 2026,
    section: "INVESTISSEMENT",
    chapitre: "21",
    nature: "21831",
    category: "EQUIPEMENT",
    funding: "COLLECTIVITE",
    bp: 60_000n,
    dm: -1_000n,
    engaged: 45_000n,
    mandated: 25_000n,
    autorisationId: ids.ap35,
  });
  await line({
    code: "35",
    exercice: 2026,
    section: "INVESTISSEMENT",
    chapitre: "21",
    nature: "21838",
    category: "EQUIPEMENT",
    funding: "ETAT",
    bp: 20_000n,
    engaged: 20_000n,
    mandated: 10_000n,
    autorisationId: ids.ap35,
  });
  await line({
    code: "35",
    exercice: 2026,
    section: "FONCTIONNEMENT",
    chapitre: "011",
    nature: "6156",
    category: "MAINTENANCE",
    funding: "COLLECTIVITE",
    bp: 30_000n,
    dm: 2_000n,
    engaged: 30_000n,
    mandated: 30_000n,
  });
  await line({
    code: "35",
    exercice: 2026,
    section: "FONCTIONNEMENT",
    chapitre: "65",
    nature: "655111",
    category: "DOTATION",
    funding: "EUROPE",
    bp: 8_000n,
  });
  await line({
    code: "35",
    exercice: 2025,
    section: "INVESTISSEMENT",
    chapitre: "21",
    nature: "21831",
    category: "EQUIPEMENT",
    funding: "COLLECTIVITE",
    bp: 50_000n,
    engaged: 45_000n,
    mandated: 45_000n,
    autorisationId: ids.ap35,
  });

  // Allocations 2026: Gayeulles 45 451 € for 400 pupils, Rennes 30 000 € for 600.
  const allocation = (code: string, uai: string, exercice: number, euros: bigint) =>
    db.allocation.create({
      data: {
        collectiviteId: collectivite[code]!,
        etablissementId: college[uai]!,
        exercice,
        kind: "DOTATION_FONCTIONNEMENT",
        label: "Dotation",
        amountCents: euros * EUR,
      },
    });
  await allocation("35", UAI.gayeulles, 2026, 40_000n);
  await allocation("35", UAI.gayeulles, 2026, 5_451n);
  await allocation("35", UAI.rennes35b, 2026, 30_000n);
  await allocation("35", UAI.rennes35b, 2025, 1_000n);

  // Equipment acquired in 2026 with a purchase cost counts for its collège; not the day before, not without a cost.
  const equipment = (code: string, uai: string, acquiredOn: string, euros: number | null) =>
    db.equipment.create({
      data: {
        collectiviteId: collectivite[code]!,
        etablissementId: college[uai]!,
        category: "PORTABLE",
        acquiredOn: new Date(acquiredOn),
        purchaseCostCents: euros === null ? null : euros * 100,
      },
    });
  await equipment("35", UAI.gayeulles, "2026-01-01", 1_000);
  await equipment("35", UAI.gayeulles, "2026-12-31", 549);
  await equipment("35", UAI.gayeulles, "2026-06-01", null);
  await equipment("35", UAI.gayeulles, "2025-12-31", 700);
  await equipment("14", UAI.calvados14, "2026-05-01", 50_000);
  // Calvados allocated 3 000 € in 2025 without voting a line that year.
  await allocation("14", UAI.calvados14, 2025, 3_000n);

  // Campaigns 2026: one arbitrated on line l1 (12 000 € accepted, 3 000 € in part, one refused), one draft; one of 2025.
  ids.arbitrated = await campaign("35", 2026, "Campagne 2026", "ARBITREE", 50_000n, ids.l1);
  await need(ids.arbitrated, UAI.gayeulles, "ACCEPTE", 12_000n);
  await need(ids.arbitrated, UAI.rennes35b, "PARTIEL", 3_000n);
  await need(ids.arbitrated, UAI.rennes35b, "REFUSE", null);
  ids.draft = await campaign(
    "35",
    2026,
    "Campagne complémentaire 2026",
    "BROUILLON",
    10_000n,
    null,
  );
  await campaign("35", 2025, "Campagne 2025", "ARBITREE", 40_000n, null);

  // Calvados: a budget of its own, which 35 never sees (and the other way round).
  ids.ap14 = (
    await db.autorisation.create({
      data: {
        collectiviteId: collectivite["14"]!,
        kind: "AP",
        numero: "AP 14-01",
        label: "Plan Calvados",
        category: "EQUIPEMENT",
        votedOn: new Date("2026-01-10"),
        amountCents: 500_000n * EUR,
        credits: { create: [{ exercice: 2026, amountCents: 100_000n * EUR }] },
      },
      select: { id: true },
    })
  ).id;
  const l14 = await line({
    code: "14",
    exercice: 2026,
    section: "INVESTISSEMENT",
    chapitre: "204",
    nature: "204",
    category: "RESSOURCES",
    funding: "ETAT",
    bp: 999_999n,
    mandated: 0n,
    autorisationId: ids.ap14,
  });
  await allocation("14", UAI.calvados14, 2026, 9_000n);
  await campaign("14", 2026, "Campagne Calvados", "ARBITREE", 77_000n, l14);
});

describe("élu view", () => {
  it("gives exact figures by chapter and category, with the execution rate", async () => {
    const view = await getEluView(await as("elu35", C35), {}, NOW);
    expect(view.exercice).toBe(2026);
    expect(view.collectivite.code).toBe("35");
    expect(view.totals).toMatchObject({
      voted: 119_000n * EUR,
      engaged: 95_000n * EUR,
      mandated: 65_000n * EUR,
      executionRate: 0.5462,
    });
    expect(
      view.byChapitre.map((c) => [c.section, c.chapitre, c.voted, c.mandated, c.executionRate]),
    ).toEqual([
      ["INVESTISSEMENT", "21", 79_000n * EUR, 35_000n * EUR, 0.443],
      ["FONCTIONNEMENT", "011", 32_000n * EUR, 30_000n * EUR, 0.9375],
      ["FONCTIONNEMENT", "65", 8_000n * EUR, 0n, 0],
    ]);
    expect(view.byCategory.map((c) => [c.category, c.voted, c.mandated])).toEqual([
      ["EQUIPEMENT", 79_000n * EUR, 35_000n * EUR],
      ["MAINTENANCE", 32_000n * EUR, 30_000n * EUR],
      ["DOTATION", 8_000n * EUR, 0n],
    ]);
    expect(view.demo).toBe(false);
  });

  it("compares € per pupil with the field's range and ranks every collège by its estimated spending per pupil", async () => {
    const view = await getEluView(await as("elu35", C35), { exercice: "2026" }, NOW);
    // 119 000 € for 400 + 600 pupils.
    expect(view.perPupil).toMatchObject({
      pupils: 1_000,
      eurosPerPupil: 119,
      position: "DANS",
      range: { min: 75, max: 125 },
    });
    // Allocations 75 451 € and 2026 acquisitions 1 549 € leave 42 000 € shared by pupils: 16 800 € and 25 200 €.
    expect(
      view.spending!.items.map((c) => [
        c.uai,
        c.pupils,
        c.allocationsCents,
        c.equipmentCents,
        c.equipmentItems,
        c.sharedCents,
        c.totalCents,
        c.perPupilCents,
      ]),
    ).toEqual([
      [UAI.gayeulles, 400, 45_451n * EUR, 1_549n * EUR, 2, 16_800n * EUR, 63_800n * EUR, 15_950n],
      [UAI.rennes35b, 600, 30_000n * EUR, 0n, 0, 25_200n * EUR, 55_200n * EUR, 9_200n],
    ]);
    expect(view.spending!.totals).toEqual({
      colleges: 2,
      collegesAvecEffectif: 2,
      eleves: 1_000,
      votedCents: 119_000n * EUR,
      allocationsCents: 75_451n * EUR,
      equipmentCents: 1_549n * EUR,
      poolCents: 42_000n * EUR,
      overVoted: false,
      allocationsPerPupilCents: 7_545n,
      perPupilCents: 11_900n,
    });
    const eleve = eluTable(view, "eleve");
    expect(eleve.rows[0]).toEqual([
      "Budget numérique voté par élève de la collectivité",
      11_900n,
      "dans la fourchette",
    ]);
    expect(eleve.rows.at(-2)).toEqual([
      "Attributions aux collèges, par élève (ensemble)",
      7_545n,
      null,
    ]);
    expect(eleve.rows.at(-1)).toEqual([
      "Dépense estimée par élève des collèges (ensemble)",
      11_900n,
      "2 collèges avec effectif : 0 en dessous, 1 dans, 1 au-dessus de la fourchette",
    ]);
    expect(eluTable(view, "colleges").rows[0]).toEqual([
      UAI.gayeulles,
      "Collège Les Gayeulles",
      expect.any(String),
      400,
      45_451n * EUR,
      1_549n * EUR,
      2,
      16_800n * EUR,
      63_800n * EUR,
      15_950n,
      "au-dessus de la fourchette",
    ]);
  });

  it("shares nothing when allocations exceed the voted credits, and says so", async () => {
    const view = await getEluView(await as("agent14", C14), { exercice: "2025" }, NOW);
    expect(view.spending!.totals).toMatchObject({
      votedCents: 0n,
      allocationsCents: 3_000n * EUR,
      equipmentCents: 0n,
      poolCents: 0n,
      overVoted: true,
      perPupilCents: 1_000n,
    });
    expect(view.spending!.items.map((c) => [c.uai, c.sharedCents, c.perPupilCents])).toEqual([
      [UAI.calvados14, 0n, 1_000n],
    ]);
  });

  it("gives each AP its CP schedule against consumption, the funding mix and the evolution", async () => {
    const view = await getEluView(await as("sign35", C35), {}, NOW);
    expect(view.autorisations).toHaveLength(1);
    const ap = view.autorisations[0]!;
    expect(ap).toMatchObject({
      numero: "AP 2025-01",
      amountCents: 200_000n * EUR,
      cpPlannedCents: 200_000n * EUR,
      cpConsumedCents: 80_000n * EUR,
      remainingCents: 120_000n * EUR,
    });
    expect(ap.schedule).toEqual([
      { exercice: 2025, plannedCents: 50_000n * EUR, consumedCents: 45_000n * EUR },
      { exercice: 2026, plannedCents: 80_000n * EUR, consumedCents: 35_000n * EUR },
      { exercice: 2027, plannedCents: 70_000n * EUR, consumedCents: 0n },
    ]);
    expect(view.funding.map((f) => [f.funding, f.voted, f.mandated, f.share])).toEqual([
      ["COLLECTIVITE", 91_000n * EUR, 55_000n * EUR, 0.7647],
      ["ETAT", 20_000n * EUR, 10_000n * EUR, 0.168],
      ["EUROPE", 8_000n * EUR, 0n, 0.0672],
    ]);
    expect(view.evolution.map((y) => [y.exercice, y.voted, y.mandated])).toEqual([
      [2025, 50_000n * EUR, 45_000n * EUR],
      [2026, 119_000n * EUR, 65_000n * EUR],
    ]);
    expect(view.exercices).toEqual([2026, 2025]);
  });

  it("shows the exercice's campaigns with their accepted total and the budget line they feed", async () => {
    const view = await getEluView(await as("elu35", C35), { exercice: "2026" }, NOW);
    expect(
      view.campaigns.map((c) => [
        c.title,
        c.phase,
        c.envelopeCents,
        c.acceptedCents,
        c.acceptedNeeds,
        c.needs,
        c.budgetLine?.id ?? null,
      ]),
    ).toEqual([
      ["Campagne 2026", "ARBITREE", 50_000n * EUR, 15_000n * EUR, 2, 3, ids.l1],
      ["Campagne complémentaire 2026", "BROUILLON", 10_000n * EUR, 0n, 0, 0, null],
    ]);
    expect(view.campaigns[0]!.budgetLine).toMatchObject({
      chapitre: "21",
      nature: "21831",
      votedCents: 59_000n * EUR,
      mandatedCents: 25_000n * EUR,
    });
    const previous = await getEluView(await as("elu35", C35), { exercice: "2025" }, NOW);
    expect(previous.campaigns.map((c) => c.title)).toEqual(["Campagne 2025"]);
    expect(previous.totals.voted).toBe(50_000n * EUR);
    // 2025: 50 000 € voted, 1 000 € allocated to Rennes, 700 € of equipment bought for Les Gayeulles; 48 300 € shared.
    expect(
      previous.spending!.items.map((c) => [
        c.uai,
        c.allocationsCents,
        c.equipmentCents,
        c.sharedCents,
      ]),
    ).toEqual([
      [UAI.gayeulles, 0n, 700n * EUR, 19_320n * EUR],
      [UAI.rennes35b, 1_000n * EUR, 0n, 28_980n * EUR],
    ]);
  });

  it("says « données fictives » when the budget comes from the demo seed", async () => {
    const ctx = await as("elu35", C35);
    expect(await isDemoBudget(ctx)).toBe(false);
    await db.$transaction((tx) =>
      appendAuditEvent(tx, {
        actor: DEMO_BUDGET_ACTOR,
        scope: { scopeType: "COLLECTIVITE", collectiviteId: collectivite["35"]! },
        action: "budget.line.create",
        entityType: "BudgetLine",
        entityId: ids.l1,
      }),
    );
    expect(await isDemoBudget(ctx)).toBe(true);
    expect((await getEluView(ctx, {}, NOW)).demo).toBe(true);
    expect(await isDemoBudget(await as("agent14", C14))).toBe(false);
    // The chef of a collège of 35 reads the same notice on their dotations.
    expect(await isDemoBudget(await as("chefG", E(UAI.gayeulles)))).toBe(true);
  });
});

describe("scope", () => {
  it("shows the Calvados agent none of Ille-et-Vilaine's figures", async () => {
    const view = await getEluView(await as("agent14", C14), { exercice: "2026" }, NOW);
    expect(view.totals).toMatchObject({ voted: 999_999n * EUR, mandated: 0n });
    expect(view.byChapitre.map((c) => c.chapitre)).toEqual(["204"]);
    expect(view.autorisations.map((a) => a.id)).toEqual([ids.ap14]);
    expect(view.spending!.items.map((c) => [c.uai, c.allocationsCents, c.equipmentCents])).toEqual([
      [UAI.calvados14, 9_000n * EUR, 50_000n * EUR],
    ]);
    expect(view.campaigns.map((c) => c.title)).toEqual(["Campagne Calvados"]);
    expect(view.evolution.map((y) => y.exercice)).toEqual([2026]);
    expect(view.perPupil.pupils).toBe(300);
    // A member of 14 has no context in 35 at all.
    signInAs(users.agent14!);
    await expect(requireAccessContext(C35)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      eluTableExportResponse(
        new Request("http://test/c/35/budgets/export?tableau=chapitres"),
        "35",
        NOW,
      ),
    ).rejects.toThrow();
    await expect(
      commissionExportResponse(
        new Request("http://test/c/35/budgets/commission?format=pdf"),
        "35",
        NOW,
      ),
    ).rejects.toThrow();
  });

  it("refuses the académie and the collège", async () => {
    await expect(getEluView(await as("drane14", A14), {}, NOW)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getEluView(await as("chefG", E(UAI.gayeulles)), {}, NOW)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(isDemoBudget(await as("drane14", A14))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(collegeSpendingOf(await as("drane14", A14), 2026)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      collegeSpendingOf(await as("chefG", E(UAI.gayeulles)), 2026),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("exports", () => {
  it("exports each chart's data as CSV and XLSX", async () => {
    signInAs(users.elu35!);
    const csv = await eluTableExportResponse(
      new Request("http://test/c/35/budgets/export?tableau=chapitres&exercice=2026"),
      "35",
      NOW,
    );
    expect(csv.headers.get("Content-Disposition")).toBe(
      'attachment; filename="budget-chapitres-35-2026.csv"',
    );
    const lines = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("Section;Chapitre;Voté (€);Engagé (€);Mandaté (€);Taux d'exécution (%)");
    expect(lines[1]).toBe("Investissement;21 – Immobilisations corporelles;79000;65000;35000;44,3");
    expect(lines.at(-1)).toBe("Total;;119000;95000;65000;54,6");
    const funding = await eluTableExportResponse(
      new Request("http://test/c/35/budgets/export?tableau=financements&exercice=2026"),
      "35",
      NOW,
    );
    expect((await funding.text()).split("\r\n")[2]).toBe(
      "État (plans, subventions);20000;16,8;10000;50",
    );
    const xlsx = await eluTableExportResponse(
      new Request("http://test/c/35/budgets/export?tableau=ap&format=xlsx"),
      "35",
      NOW,
    );
    expect(xlsx.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(Object.keys(unzipSync(new Uint8Array(await xlsx.arrayBuffer())))).toContain(
      "xl/worksheets/sheet1.xml",
    );
    const view = await getEluView(await as("elu35", C35), {}, NOW);
    expect(spreadsheetRows(eluTable(view, "colleges"))[0]).toEqual([
      UAI.gayeulles,
      expect.any(String),
      expect.any(String),
      400,
      45_451,
      1_549,
      2,
      16_800,
      63_800,
      159.5,
      "au-dessus de la fourchette",
    ]);
    signInAs(users.elu35!);
    await expect(
      eluTableExportResponse(
        new Request("http://test/c/35/budgets/export?tableau=inconnu"),
        "35",
        NOW,
      ),
    ).rejects.toThrow();
  });

  it("exports for the commission: an A4 PDF of one to three pages and a workbook of one sheet per table", async () => {
    signInAs(users.elu35!);
    const pdf = await commissionExportResponse(
      new Request("http://test/c/35/budgets/commission?format=pdf&exercice=2026"),
      "35",
      NOW,
    );
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect(pdf.headers.get("Content-Disposition")).toBe(
      'attachment; filename="budget-commission-35-2026.pdf"',
    );
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(doc.getPageCount()).toBeLessThanOrEqual(3);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    const { name } = await db.collectivite.findUniqueOrThrow({
      where: { code: "35" },
      select: { name: true },
    });
    expect(doc.getTitle()).toBe(`Budget du numérique éducatif — exercice 2026 – ${name}`);
    // Table headers keep their words whole (issue 14, §11: « Taux d'exécuti/on »).
    const text = pdfText(bytes);
    expect(text).toMatch(/d'exécution/);
    expect(text).not.toMatch(/exécuti\s*\n\s*on\b/);
    expect(text).not.toMatch(/consommati\s*\n\s*on\b/);

    signInAs(users.elu35!);
    const xlsx = await commissionExportResponse(
      new Request("http://test/c/35/budgets/commission?format=xlsx&exercice=2026"),
      "35",
      NOW,
    );
    const zip = unzipSync(new Uint8Array(await xlsx.arrayBuffer()));
    const workbook = new TextDecoder().decode(zip["xl/workbook.xml"]);
    expect([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "Chapitres",
      "Catégories",
      "Euros par élève",
      "AP-CP",
      "Financements",
      "Évolution",
      "Campagnes",
      "Collèges",
    ]);
    expect(new TextDecoder().decode(zip["xl/worksheets/sheet4.xml"])).toContain("AP 2025-01");
  });
});
