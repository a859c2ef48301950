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
import { createRenewalProposal, getRenewalProposals } from "@/lib/budgets/renewal-proposals";
import { UAI } from "../support/fixtures";
import { C35, C14, A14, E } from "../support/access";
import { NOW, collectivites, ids, as, investment, snapshot } from "./budgets.fixtures";
import { seedBudgetsUpTo } from "./budgets.story";

// Starts from 35's lines and AP 2026-01, the subsidy line deleted (budgets.lines.test.ts).
beforeAll(seedBudgetsUpTo("deleteSubsidyLine"));

describe("who may read and write budgets", () => {
  it("gives NOT_FOUND to another collectivité on 35's lines and AP, and leaves them unchanged", async () => {
    const before = await snapshot();
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
    expect(await snapshot()).toBe(before);
    expect(await db.budgetLine.count({ where: { collectiviteId: collectivites["14"] } })).toBe(0);
    // The owner still has access.
    expect((await getBudgetLine(await as("agent35", C35), ids.inv)).id).toBe(ids.inv);
  });

  it("lets the élu read but not write", async () => {
    const before = await snapshot();
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
    expect(await snapshot()).toBe(before);
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
