import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { updateBudgetLine } from "@/lib/budgets/save-budget-line";
import { getAutorisation, listAutorisations } from "@/lib/budgets/autorisations";
import { createAutorisation, updateAutorisation } from "@/lib/budgets/save-autorisation";
import { C35 } from "../support/access";
import { ids, as, maintenance, snapshot, auditCount } from "./budgets.fixtures";
import { ap, seedBudgetsUpTo, firstRecorded, story } from "./budgets.story";

// Starts from 35's lines, the investment line edited (budgets.lines.test.ts).
beforeAll(seedBudgetsUpTo("editInvestment"));

describe("AP / AE and their CP", () => {
  it("records an AP with its CP schedule and refuses CP over the envelope with nothing written", async () => {
    await story.writeAutorisation();
    const ctx = await as("agent35", C35);
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

    const before = await snapshot();
    const events = await auditCount();
    const over = updateAutorisation(ctx, { id: ids.ap, ...firstRecorded, cp_2028: "0,01" });
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
    expect(await snapshot()).toBe(before);
    expect(await auditCount()).toBe(events);

    await story.reviseAutorisation();
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
    await story.carryLinesOnAutorisation();
    const ctx = await as("agent35", C35);
    const before = await snapshot();
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
    expect(await snapshot()).toBe(before);

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
