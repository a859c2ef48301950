import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import {
  getBudgetLine,
  listAllBudgetLines,
  listBudgetLines,
} from "@/lib/budgets/list-budget-lines";
import {
  createBudgetLine,
  deleteBudgetLine,
  updateBudgetLine,
} from "@/lib/budgets/save-budget-line";
import { getAutorisation, listAutorisations } from "@/lib/budgets/autorisations";
import { createAutorisation, updateAutorisation } from "@/lib/budgets/save-autorisation";
import { getBudgetSummary } from "@/lib/budgets/budget-summary";
import { budgetLinesExportResponse } from "@/app/_http/budget-exports";
import { createRenewalProposal, getRenewalProposals } from "@/lib/budgets/renewal-proposals";
import { UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35, C14, A14, E } from "../support/access";
import {
  NOW,
  users,
  collectivites,
  ids,
  EUR,
  as,
  investment,
  maintenance,
  snapshot,
  auditCount,
  seedBudgets,
} from "./budgets.fixtures";

beforeAll(seedBudgets);

describe("budget lines", () => {
  it("creates lines with exact totals and execution rates, and records who did it", async () => {
    const ctx = await as("agent35", C35);
    ids.inv = (
      await createBudgetLine(ctx, {
        ...investment,
        bp: "60 000",
        dm: "-1 000",
        engaged: "40 000",
        mandated: "25 000,50",
      })
    ).id;
    ids.fonc = (
      await createBudgetLine(ctx, {
        ...maintenance,
        bp: "30 000",
        dm: "2 000",
        engaged: "30 000",
        mandated: "30 000",
      })
    ).id;
    ids.sub = (
      await createBudgetLine(ctx, {
        ...investment,
        chapitre: "204",
        nature: "204",
        label: "Subventions d'équipement",
        bp: "9 000",
      })
    ).id;
    ids.old = (
      await createBudgetLine(ctx, {
        ...investment,
        exercice: "2025",
        bp: "50 000",
        engaged: "45 000",
        mandated: "45 000",
      })
    ).id;

    const list = await listBudgetLines(ctx, {}, NOW);
    expect(list.query.exercice).toBe(2026);
    expect(list.total).toBe(3);
    expect(list.totals).toMatchObject({
      bp: 99_000n * EUR,
      dm: 1_000n * EUR,
      voted: 100_000n * EUR,
      engaged: 70_000n * EUR,
      mandated: 5_500_050n,
      executionRate: 0.55,
    });
    expect(list.exercices).toEqual([2026, 2025]);
    expect(list.chapitres).toEqual(["011", "204", "21"]);
    const inv = list.items.find((i) => i.id === ids.inv)!;
    expect(inv).toMatchObject({ fonction: "221", voted: 5_900_000n, executionRate: 0.4237 });

    const filtered = await listBudgetLines(
      ctx,
      { exercice: "2026", section: "INVESTISSEMENT", chapitre: "21" },
      NOW,
    );
    expect(filtered.items.map((i) => i.id)).toEqual([ids.inv]);
    expect(
      (await listBudgetLines(ctx, { exercice: "2026", category: "MAINTENANCE" }, NOW)).totals.voted,
    ).toBe(3_200_000n);
    expect(
      (await listBudgetLines(ctx, { exercice: "2026", sort: "bp", dir: "desc" }, NOW)).items.map(
        (i) => i.id,
      ),
    ).toEqual([ids.inv, ids.fonc, ids.sub]);
    expect(
      (await listAllBudgetLines(ctx, { exercice: "2025" }, NOW)).items.map((i) => i.id),
    ).toEqual([ids.old]);

    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "budget.line.create", entityId: ids.inv },
      select: { after: true, collectiviteId: true },
    });
    expect(event.collectiviteId).toBe(collectivites["35"]);
    expect(event.after).toMatchObject({
      exercice: "2026",
      chapitre: "21",
      nature: "21831",
      libelle: "Ordinateurs des collèges",
      fonction: "221",
    });
    expect((event.after as Record<string, string>).dm).toMatch(/^-1.000,00.€$/);
  });

  it("edits a line and records only what changed", async () => {
    const ctx = await as("agent35", C35);
    expect(
      await updateBudgetLine(ctx, {
        id: ids.inv,
        ...investment,
        bp: "60 000",
        dm: "-1 000",
        engaged: "45 000",
        mandated: "25 000,50",
      }),
    ).toEqual({ changed: true });
    const line = await getBudgetLine(ctx, ids.inv);
    expect(line).toMatchObject({
      engaged: 4_500_000n,
      voted: 5_900_000n,
      allocationCount: 0,
      campaignCount: 0,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "budget.line.update", entityId: ids.inv },
      select: { before: true, after: true },
    });
    expect(Object.keys(event.after as object)).toEqual(["engage"]);
    expect(
      await updateBudgetLine(ctx, {
        id: ids.inv,
        ...investment,
        bp: "60 000",
        dm: "-1 000",
        engaged: "45 000",
        mandated: "25 000,50",
      }),
    ).toEqual({ changed: false });
  });

  it("refuses invalid amounts in French and writes nothing", async () => {
    const ctx = await as("agent35", C35);
    const before = await snapshot(collectivites["35"]!);
    const events = await auditCount();
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ bp: "-5" }, "bp", /Budget primitif : le montant ne peut pas être négatif\./],
      [{ bp: "100", engaged: "-1" }, "engaged", /Engagé : le montant ne peut pas être négatif\./],
      [
        { bp: "1 000", engaged: "1 000,01" },
        "engaged",
        /L'engagé \(1.000,01.€\) dépasse les crédits votés \(1.000,00.€, BP \+ DM\)/,
      ],
      [
        { bp: "1 000", engaged: "500", mandated: "500,01" },
        "mandated",
        /Le mandaté \(500,01.€\) dépasse l'engagé \(500,00.€\)/,
      ],
      [{ bp: "12,345" }, "bp", /Budget primitif : montant invalide.*deux décimales/],
      [{ bp: "abc" }, "bp", /Budget primitif : montant invalide/],
      [{ bp: "1 000", dm: "-1 000,01" }, "dm", /ne peut pas réduire les crédits sous zéro/],
      [
        { bp: "100", section: "FONCTIONNEMENT" },
        "chapitre",
        /Le chapitre 21 relève de la section d'investissement/,
      ],
    ];
    for (const [amounts, field, message] of cases) {
      const refusal = createBudgetLine(ctx, { ...investment, ...amounts });
      await expect(refusal).rejects.toMatchObject({
        code: "INVALID_INPUT",
        message: expect.stringMatching(/^Rien n'a été enregistré\./),
      });
      await expect(refusal).rejects.toMatchObject({
        fieldErrors: { [field]: expect.stringMatching(message) },
      });
      await expect(
        updateBudgetLine(ctx, { id: ids.inv, ...investment, ...amounts }),
      ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    expect(await snapshot(collectivites["35"]!)).toBe(before);
    expect(await auditCount()).toBe(events);
  });
});

describe("AP / AE and their CP", () => {
  const ap = {
    numero: "AP 2026-01",
    label: "Plan d'équipement des collèges",
    kind: "AP",
    category: "EQUIPEMENT",
    votedOn: "2026-02-10",
    state: "VOTEE",
  };

  it("records an AP with its CP schedule and refuses CP over the envelope with nothing written", async () => {
    const ctx = await as("agent35", C35);
    ids.ap = (
      await createAutorisation(ctx, {
        ...ap,
        amount: "200 000",
        affected: "150 000",
        engaged: "100 000",
        cp_2026: "80 000",
        cp_2027: "120 000",
        cp_2028: "",
      })
    ).id;
    const created = await getAutorisation(ctx, ids.ap);
    expect(created.credits).toEqual([
      { exercice: 2026, amountCents: 8_000_000n },
      { exercice: 2027, amountCents: 12_000_000n },
    ]);
    expect(created.cpPlannedCents).toBe(20_000_000n);
    expect(created.formYears).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "budget.autorisation.create", entityId: ids.ap },
      select: { after: true },
    });
    expect((event.after as Record<string, string>).cp).toMatch(
      /^2026 : 80.000,00.€ ; 2027 : 120.000,00.€$/,
    );

    const before = await snapshot(collectivites["35"]!);
    const events = await auditCount();
    const over = updateAutorisation(ctx, {
      id: ids.ap,
      ...ap,
      amount: "200 000",
      affected: "150 000",
      engaged: "100 000",
      cp_2026: "80 000",
      cp_2027: "120 000",
      cp_2028: "0,01",
    });
    await expect(over).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: {
        cp: expect.stringMatching(
          /^Le total des crédits de paiement \(200.000,01.€\) dépasse le montant de l'autorisation \(200.000,00.€\)\.$/,
        ),
      },
    });
    await expect(
      createAutorisation(ctx, { ...ap, numero: "AP 2026-02", amount: "100", cp_2026: "101" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      createAutorisation(ctx, { ...ap, numero: "AP 2026-02", amount: "100", cp_2026: "-1" }),
    ).rejects.toMatchObject({ fieldErrors: { cp_2026: expect.stringMatching(/négatif/) } });
    await expect(
      createAutorisation(ctx, { ...ap, numero: "AP 2026-02", amount: "100", affected: "101" }),
    ).rejects.toMatchObject({
      fieldErrors: { affected: expect.stringMatching(/dépasse le montant/) },
    });
    await expect(createAutorisation(ctx, { ...ap, amount: "100" })).rejects.toMatchObject({
      fieldErrors: { numero: expect.stringMatching(/déjà celui d'une autre autorisation/) },
    });
    expect(await snapshot(collectivites["35"]!)).toBe(before);
    expect(await auditCount()).toBe(events);

    await updateAutorisation(ctx, {
      id: ids.ap,
      ...ap,
      amount: "250 000",
      affected: "150 000",
      engaged: "100 000",
      state: "ENGAGEE",
      cp_2026: "80 000",
      cp_2027: "100 000",
      cp_2028: "70 000",
    });
    const updated = await getAutorisation(ctx, ids.ap);
    expect(updated).toMatchObject({
      amountCents: 25_000_000n,
      state: "ENGAGEE",
      cpPlannedCents: 25_000_000n,
    });
    const change = await db.auditEvent.findFirstOrThrow({
      where: { action: "budget.autorisation.update", entityId: ids.ap },
      select: { before: true, after: true },
    });
    expect(change.before).toMatchObject({
      numero: "AP 2026-01",
      cp: expect.stringMatching(/2027 : 120.000,00/),
    });
    expect(change.after).toMatchObject({
      etat: "Engagée",
      cp: expect.stringMatching(/2028 : 70.000,00/),
    });
  });

  it("measures consumption from the mandated amounts of the lines carrying the AP, in the matching section only", async () => {
    const ctx = await as("agent35", C35);
    await updateBudgetLine(ctx, {
      id: ids.inv,
      ...investment,
      bp: "60 000",
      dm: "-1 000",
      engaged: "45 000",
      mandated: "25 000,50",
      autorisationId: ids.ap,
    });
    await createBudgetLine(ctx, {
      ...investment,
      exercice: "2027",
      label: "Ordinateurs 2027",
      bp: "100 000",
      engaged: "20 000",
      mandated: "10 000",
      autorisationId: ids.ap,
    });
    const before = await snapshot(collectivites["35"]!);
    await expect(
      updateBudgetLine(ctx, {
        id: ids.fonc,
        ...maintenance,
        bp: "30 000",
        dm: "2 000",
        engaged: "30 000",
        mandated: "30 000",
        autorisationId: ids.ap,
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: {
        autorisationId: expect.stringMatching(
          /AP 2026-01 ne peut être portée que par une ligne d'investissement/,
        ),
      },
    });
    await expect(
      updateAutorisation(ctx, {
        id: ids.ap,
        ...ap,
        kind: "AE",
        amount: "250 000",
        cp_2026: "80 000",
      }),
    ).rejects.toMatchObject({ fieldErrors: { kind: expect.stringMatching(/elle reste une AP/) } });
    expect(await snapshot(collectivites["35"]!)).toBe(before);

    const detail = await getAutorisation(ctx, ids.ap);
    expect(detail.schedule).toEqual([
      { exercice: 2026, plannedCents: 8_000_000n, consumedCents: 2_500_050n },
      { exercice: 2027, plannedCents: 10_000_000n, consumedCents: 1_000_000n },
      { exercice: 2028, plannedCents: 7_000_000n, consumedCents: 0n },
    ]);
    expect(detail.cpConsumedCents).toBe(3_500_050n);
    expect(detail.lines).toHaveLength(2);
    const list = await listAutorisations(ctx);
    expect(list.items).toHaveLength(1);
    expect(list.totals).toMatchObject({
      amountCents: 25_000_000n,
      cpPlannedCents: 25_000_000n,
      cpConsumedCents: 3_500_050n,
    });
  });
});

describe("synthèse", () => {
  it("gives exact figures by section, chapter and category, € per pupil and the evolution", async () => {
    const summary = await getBudgetSummary(await as("elu35", C35), {}, NOW);
    expect(summary.exercice).toBe(2026);
    expect(summary.exercices).toEqual([2027, 2026, 2025]);
    expect(summary.totals).toMatchObject({
      voted: 10_000_000n,
      engaged: 7_500_000n,
      mandated: 5_500_050n,
      executionRate: 0.55,
    });
    expect(summary.bySection.map((s) => [s.section, s.voted, s.mandated])).toEqual([
      ["INVESTISSEMENT", 6_800_000n, 2_500_050n],
      ["FONCTIONNEMENT", 3_200_000n, 3_000_000n],
    ]);
    expect(summary.byChapitre.map((c) => [c.chapitre, c.voted, c.executionRate])).toEqual([
      ["204", 900_000n, 0],
      ["21", 5_900_000n, 0.4237],
      ["011", 3_200_000n, 0.9375],
    ]);
    expect(summary.byCategory.map((c) => [c.category, c.voted])).toEqual([
      ["EQUIPEMENT", 6_800_000n],
      ["MAINTENANCE", 3_200_000n],
    ]);
    // 100 000 € voted for 400 + 600 pupils (latest rentrée of each open public collège).
    expect(summary.perPupil).toMatchObject({
      colleges: 2,
      withPupils: 2,
      pupils: 1_000,
      rentree: 2025,
      eurosPerPupil: 100,
      position: "DANS",
      range: { min: 75, max: 125 },
    });
    expect(summary.evolution.map((y) => [y.exercice, y.voted, y.mandated])).toEqual([
      [2025, 5_000_000n, 4_500_000n],
      [2026, 10_000_000n, 5_500_050n],
      [2027, 10_000_000n, 1_000_000n],
    ]);
    const empty = await getBudgetSummary(await as("elu35", C35), { exercice: "2031" }, NOW);
    expect(empty).toMatchObject({
      exercice: 2031,
      lineCount: 0,
      bySection: [],
      perPupil: { eurosPerPupil: 0 },
    });
  });
});

describe("export", () => {
  it("exports the filtered lines of an exercice as CSV and XLSX, only to the collectivité's readers", async () => {
    signInAs(users.elu35!);
    const csv = await budgetLinesExportResponse(
      new Request("http://test/c/35/budgets/lignes/export?exercice=2026&section=INVESTISSEMENT"),
      "35",
    );
    expect(csv.headers.get("Content-Disposition")).toBe(
      'attachment; filename="budget-35-2026.csv"',
    );
    const lines = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toMatch(/^Exercice;Section;Chapitre;Fonction;Nature;/);
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes("Ordinateurs des collèges"))).toMatch(
      /;60000;-1000;59000;45000;25000,5;42,4$/,
    );
    const xlsx = await budgetLinesExportResponse(
      new Request("http://test/c/35/budgets/lignes/export?exercice=2026&format=xlsx"),
      "35",
    );
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    signInAs(users.agent14!);
    await expect(
      budgetLinesExportResponse(new Request("http://test/c/35/budgets/lignes/export"), "35"),
    ).rejects.toThrow();
  });
});

describe("deleting a line", () => {
  it("refuses a line an attribution refers to, deletes a free one with its audit event", async () => {
    const ctx = await as("agent35", C35);
    const college = await db.etablissement.findUniqueOrThrow({
      where: { uai: UAI.gayeulles },
      select: { id: true },
    });
    await db.allocation.create({
      data: {
        collectiviteId: collectivites["35"]!,
        etablissementId: college.id,
        exercice: 2026,
        kind: "EQUIPEMENT",
        label: "Portables",
        amountCents: 100_000n,
        budgetLineId: ids.fonc,
      },
    });
    const before = await snapshot(collectivites["35"]!);
    await expect(deleteBudgetLine(ctx, { id: ids.fonc })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/reprise par 1 attribution.*Rien n'a été supprimé/),
    });
    expect(await snapshot(collectivites["35"]!)).toBe(before);
    await deleteBudgetLine(ctx, { id: ids.sub });
    expect(await db.budgetLine.count({ where: { id: ids.sub } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "budget.line.delete", entityId: ids.sub },
      select: { before: true },
    });
    expect(event.before).toMatchObject({
      libelle: "Subventions d'équipement",
      bp: expect.stringMatching(/^9.000,00.€$/),
    });
  });
});

describe("proposals from the renewal plan", () => {
  it("shows the investment need and creates the year's line once", async () => {
    const college = await db.etablissement.findUniqueOrThrow({
      where: { uai: UAI.gayeulles },
      select: { id: true },
    });
    const equipment = (
      category: "POSTE_FIXE" | "PORTABLE",
      acquiredOn: string,
      n: number,
      tag: string,
    ) =>
      Array.from({ length: n }, (_, k) => ({
        collectiviteId: collectivites["35"]!,
        etablissementId: college.id,
        category,
        serialNumber: `${tag}-${k}`,
        acquiredOn: new Date(`${acquiredOn}T00:00:00Z`),
        status: "EN_SERVICE" as const,
      }));
    // Default référentiel: postes fixes 6 years at 800 €, portables 5 years at 900 €.
    await db.equipment.createMany({
      data: [
        ...equipment("POSTE_FIXE", "2021-09-01", 3, "PF"),
        ...equipment("PORTABLE", "2024-01-10", 2, "PO"),
        ...equipment("POSTE_FIXE", "2015-01-01", 1, "OLD"),
      ],
    });

    const ctx = await as("agent35", C35);
    const proposals = await getRenewalProposals(ctx, NOW);
    expect(proposals.firstYear).toBe(2026);
    expect(proposals.years.map((y) => [y.year, y.costCents, y.line])).toEqual([
      [2026, 80_000, null],
      [2027, 240_000, null],
      [2028, 0, null],
      [2029, 180_000, null],
      [2030, 0, null],
    ]);
    expect(proposals.categories).toEqual(["POSTE_FIXE", "PORTABLE"]);

    const { id } = await createRenewalProposal(ctx, { exercice: "2027" }, NOW);
    const line = await getBudgetLine(ctx, id);
    expect(line).toMatchObject({
      exercice: 2027,
      section: "INVESTISSEMENT",
      chapitre: "21",
      fonction: "221",
      nature: "21831",
      category: "EQUIPEMENT",
      label: "Renouvellement du parc (plan 2027)",
      bp: 240_000n,
      voted: 240_000n,
    });
    expect(await db.auditEvent.count({ where: { action: "budget.proposal", entityId: id } })).toBe(
      1,
    );

    const before = await snapshot(collectivites["35"]!);
    const events = await auditCount();
    await expect(createRenewalProposal(ctx, { exercice: "2027" }, NOW)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/existe déjà pour l'exercice 2027 : rien n'a été créé/),
    });
    await expect(createRenewalProposal(ctx, { exercice: "2028" }, NOW)).rejects.toMatchObject({
      fieldErrors: { exercice: expect.stringMatching(/aucune dépense en 2028/) },
    });
    await expect(createRenewalProposal(ctx, { exercice: "2031" }, NOW)).rejects.toMatchObject({
      fieldErrors: { exercice: expect.stringMatching(/de 2026 à 2030/) },
    });
    expect(await snapshot(collectivites["35"]!)).toBe(before);
    expect(await auditCount()).toBe(events);
    expect((await getRenewalProposals(ctx, NOW)).years[1]!.line).toMatchObject({
      id,
      bpCents: 240_000n,
    });
  });
});

describe("who may read and write budgets", () => {
  it("gives NOT_FOUND to another collectivité on 35's lines and AP, and leaves them unchanged", async () => {
    const before = await snapshot(collectivites["35"]!);
    const ctx = await as("agent14", C14);
    await expect(getBudgetLine(ctx, ids.inv)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateBudgetLine(ctx, { id: ids.inv, ...investment, bp: "1" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteBudgetLine(ctx, { id: ids.old })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getAutorisation(ctx, ids.ap)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateAutorisation(ctx, {
        id: ids.ap,
        numero: "X",
        label: "X",
        kind: "AP",
        category: "EQUIPEMENT",
        votedOn: "2026-01-01",
        amount: "1",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createBudgetLine(ctx, { ...investment, bp: "1", autorisationId: ids.ap }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listBudgetLines(ctx, { exercice: "2026" }, NOW)).total).toBe(0);
    expect((await listAutorisations(ctx)).items).toEqual([]);
    const summary = await getBudgetSummary(ctx, { exercice: "2026" }, NOW);
    expect(summary).toMatchObject({ lineCount: 0, perPupil: { pupils: 9_999 } });
    expect(await snapshot(collectivites["35"]!)).toBe(before);
    expect(await db.budgetLine.count({ where: { collectiviteId: collectivites["14"] } })).toBe(0);
    // The owner still has access.
    expect((await getBudgetLine(await as("agent35", C35), ids.inv)).id).toBe(ids.inv);
  });

  it("lets the élu read but not write", async () => {
    const before = await snapshot(collectivites["35"]!);
    const ctx = await as("elu35", C35);
    expect((await listBudgetLines(ctx, { exercice: "2026" }, NOW)).total).toBe(2);
    expect((await getAutorisation(ctx, ids.ap)).numero).toBe("AP 2026-01");
    await expect(createBudgetLine(ctx, { ...investment, bp: "1" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      updateBudgetLine(ctx, { id: ids.inv, ...investment, bp: "1" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteBudgetLine(ctx, { id: ids.old })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      createAutorisation(ctx, {
        numero: "AP X",
        label: "X",
        kind: "AP",
        category: "EQUIPEMENT",
        votedOn: "2026-01-01",
        amount: "1",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateAutorisation(ctx, { id: ids.ap })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getRenewalProposals(ctx, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createRenewalProposal(ctx, { exercice: "2029" }, NOW)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await snapshot(collectivites["35"]!)).toBe(before);
  });

  it("refuses the rectorat and the établissements: budget lines are the collectivité's own", async () => {
    for (const [user, scope] of [
      ["drane14", A14],
      ["chefG", E(UAI.gayeulles)],
    ] as const) {
      const ctx = await as(user, scope);
      expect(ctx.permissions.has("budget.read")).toBe(false);
      await expect(listBudgetLines(ctx, {}, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listAllBudgetLines(ctx, {}, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getBudgetLine(ctx, ids.inv)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getBudgetSummary(ctx, {}, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listAutorisations(ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getAutorisation(ctx, ids.ap)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(createBudgetLine(ctx, { ...investment, bp: "1" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect((await unsafeVerifyAuditChain(db)).ok).toBe(true);
  });
});
