import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { getRenewalPlan } from "@/lib/inventory/renewal-plan";
import { listRenewalItems } from "@/lib/inventory/renewal-items";
import { adjustRenewal } from "@/lib/inventory/adjust-renewal";
import { UAI } from "../support/fixtures";
import { C35, C14, A14, E } from "../support/access";
import {
  NOW,
  collectivites,
  as,
  cell,
  ids,
  snapshot,
  seedRenewalPlan,
  SEEDED_PER_YEAR,
  cells,
} from "./renewal-plan.fixtures";

beforeAll(seedRenewalPlan);

describe("adjusting the plan", () => {
  it("defers equipment to a chosen year, with one audit event each", async () => {
    const result = await adjustRenewal(
      await as("agent35", C35),
      { ids: ids.pfOverdue, annee: "2029", motif: "Report au budget 2029" },
      NOW,
    );
    expect(result).toEqual({ count: 2, year: 2029 });
    const plan = await getRenewalPlan(await as("agent35", C35), {}, NOW);
    expect(plan.all.perYear).toEqual(cells([2, 1_200], [6, 7_700], [1, 400], [3, 2_500], [0, 0]));
    expect(plan.all.overdue).toEqual(cell(1, 400));
    const listed = await listRenewalItems(
      await as("agent35", C35),
      { annee: "2029", category: "POSTE_FIXE" },
      { now: NOW },
    );
    expect(listed.items).toMatchObject([
      { reason: "AJUSTE", dueYear: 2029, renewalNote: "Report au budget 2029", overdue: false },
      { reason: "AJUSTE", dueYear: 2029, renewalNote: "Report au budget 2029", overdue: false },
    ]);
    const etablissement = await db.etablissement.findUniqueOrThrow({
      where: { uai: UAI.gayeulles },
      select: { id: true },
    });
    const events = await db.auditEvent.findMany({
      where: { action: "equipment.renewal", entityId: { in: ids.pfOverdue } },
      orderBy: { seq: "asc" },
    });
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event).toMatchObject({
        entityType: "Equipment",
        collectiviteId: collectivites["35"],
        etablissementId: etablissement.id,
        academieCode: "14",
        before: { anneeRenouvellement: null, motif: null },
        after: { anneeRenouvellement: 2029, motif: "Report au budget 2029" },
      });
    }
  });

  it("advances equipment too, and goes back to the computed year", async () => {
    await adjustRenewal(await as("agent35", C35), { ids: ids.pfBeyond, annee: "2027" }, NOW);
    expect((await getRenewalPlan(await as("agent35", C35), {}, NOW)).all.beyond.count).toBe(0);
    await adjustRenewal(
      await as("agent35", C35),
      { ids: [...ids.pfOverdue!, ...ids.pfBeyond!], annee: "calcul" },
      NOW,
    );
    const rows = await db.equipment.findMany({
      where: { id: { in: [...ids.pfOverdue!, ...ids.pfBeyond!] } },
      select: { plannedRenewalYear: true, renewalNote: true },
    });
    expect(rows).toEqual(rows.map(() => ({ plannedRenewalYear: null, renewalNote: null })));
    const plan = await getRenewalPlan(await as("agent35", C35), {}, NOW);
    expect(plan.all.perYear).toEqual(SEEDED_PER_YEAR);
    const resets = await db.auditEvent.findMany({
      where: { action: "equipment.renewal", entityId: { in: ids.pfOverdue } },
      orderBy: { seq: "desc" },
      take: 2,
    });
    expect(resets.map((e) => [e.before, e.after])).toEqual(
      resets.map(() => [
        { anneeRenouvellement: 2029, motif: "Report au budget 2029" },
        { anneeRenouvellement: null, motif: null },
      ]),
    );
    expect((await unsafeVerifyAuditChain(db)).ok).toBe(true);
  });

  it("refuses a year out of range, in French, and changes nothing", async () => {
    const before = await snapshot(ids.pfDue2027!);
    const events = await db.auditEvent.count();
    for (const annee of ["2025", "2037", "", "2027.5"]) {
      await expect(
        adjustRenewal(await as("agent35", C35), { ids: ids.pfDue2027, annee }, NOW),
      ).rejects.toThrow(/choisissez une année entre 2026 et 2036/);
    }
    await expect(
      adjustRenewal(await as("agent35", C35), { ids: [], annee: "2027" }, NOW),
    ).rejects.toThrow(/Cochez au moins un équipement/);
    expect(await snapshot(ids.pfDue2027!)).toBe(before);
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("is for the collectivité's agents: readers, the collège and the académie are refused", async () => {
    const before = await snapshot(ids.pfDue2027!);
    for (const [user, scope] of [
      ["chefG", E(UAI.gayeulles)],
      ["refG", E(UAI.gayeulles)],
      ["elu35", C35],
      ["drane14", A14],
    ] as const) {
      await expect(
        adjustRenewal(await as(user, scope), { ids: ids.pfDue2027, annee: "2030" }, NOW),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await snapshot(ids.pfDue2027!)).toBe(before);
  });

  it("refuses equipment of another collectivité as NOT_FOUND, changing nothing, even mixed with its own", async () => {
    const before = await snapshot([...ids.pfDue2027!, ...ids.calvados!]);
    const events = await db.auditEvent.count();
    await expect(
      adjustRenewal(await as("agent14", C14), { ids: ids.pfDue2027, annee: "2030" }, NOW),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      adjustRenewal(
        await as("agent14", C14),
        { ids: [...ids.calvados!, ...ids.pfDue2027!], annee: "2030" },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      adjustRenewal(
        await as("agent35", C35),
        { ids: [...ids.pfDue2027!, "inexistant"], annee: "2030" },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot([...ids.pfDue2027!, ...ids.calvados!])).toBe(before);
    expect(await db.auditEvent.count()).toBe(events);
    // The owner still can.
    expect(
      await adjustRenewal(await as("agent14", C14), { ids: ids.calvados, annee: "2030" }, NOW),
    ).toEqual({ count: 4, year: 2030 });
    await adjustRenewal(await as("agent14", C14), { ids: ids.calvados, annee: "calcul" }, NOW);
  });
});
