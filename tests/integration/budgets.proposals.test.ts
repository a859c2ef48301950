import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getBudgetLine } from "@/lib/budgets/list-budget-lines";
import { createRenewalProposal, getRenewalProposals } from "@/lib/budgets/renewal-proposals";
import { UAI } from "../support/fixtures";
import { C35 } from "../support/access";
import { NOW, collectivites, as, snapshot, auditCount, seedBudgets } from "./budgets.fixtures";

beforeAll(seedBudgets);

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

    const before = await snapshot();
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
    expect(await snapshot()).toBe(before);
    expect(await auditCount()).toBe(events);
    expect((await getRenewalProposals(ctx, NOW)).years[1]!.line).toMatchObject({
      id,
      bpCents: 240_000n,
    });
  });
});
