import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { DEMO_BUDGET_ACTOR } from "@/lib/budgets/demo-marker";
import { getEluView } from "@/lib/budgets/elu-view";
import { isDemoBudget } from "@/lib/budgets/demo";
import { eluTable } from "@/lib/budgets/elu-tables";
import { UAI } from "../support/fixtures";
import { C35, C14, E } from "../support/access";
import { NOW, EUR, collectivite, ids, as, seedBudgetEluView } from "./budget-elu-view.fixtures";

beforeAll(seedBudgetEluView);

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
