import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
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
import { UAI } from "../support/fixtures";
import { C35 } from "../support/access";
import {
  NOW,
  collectivites,
  ids,
  EUR,
  as,
  investment,
  snapshot,
  auditCount,
  seedBudgets,
} from "./budgets.fixtures";
import { writeLines, editedInvestment, deleteSubsidyLine } from "./budgets.story";

beforeAll(seedBudgets);

describe("budget lines", () => {
  it("creates lines with exact totals and execution rates, and records who did it", async () => {
    await writeLines();
    const ctx = await as("agent35", C35);

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
    expect(await updateBudgetLine(ctx, editedInvestment())).toEqual({ changed: true });
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
    expect(await updateBudgetLine(ctx, editedInvestment())).toEqual({ changed: false });
  });

  it("refuses invalid amounts in French and writes nothing", async () => {
    const ctx = await as("agent35", C35);
    const before = await snapshot();
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
    expect(await snapshot()).toBe(before);
    expect(await auditCount()).toBe(events);
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
    const before = await snapshot();
    await expect(deleteBudgetLine(ctx, { id: ids.fonc })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/reprise par 1 attribution.*Rien n'a été supprimé/),
    });
    expect(await snapshot()).toBe(before);
    await deleteSubsidyLine();
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
