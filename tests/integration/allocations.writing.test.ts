import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import {
  createAllocation,
  deleteAllocation,
  updateAllocation,
} from "@/lib/budgets/save-allocation";
import { UAI } from "../support/fixtures";
import { C35, A14, E } from "../support/access";
import {
  as,
  lines,
  ids,
  collegeId,
  money,
  snapshot,
  seedAllocations,
} from "./allocations.fixtures";

beforeAll(seedAllocations);

describe("writing allocations", () => {
  it("stores the amount in cents with the collège, the line and an audit event the collège's journal shows", async () => {
    const g2 = await db.allocation.findUniqueOrThrow({ where: { id: ids.g2 } });
    expect(g2).toMatchObject({
      exercice: 2026,
      kind: "EQUIPEMENT",
      label: "Classe mobile",
      amountCents: 545_100n,
      budgetLineId: lines.l35y2026,
      etablissementId: collegeId[UAI.gayeulles],
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Allocation", entityId: ids.g2, action: "allocation.create" },
    });
    expect(event).toMatchObject({
      etablissementId: collegeId[UAI.gayeulles],
      collectiviteId: g2.collectiviteId,
      academieCode: null,
    });
    expect(event.after).toMatchObject({
      etablissement: expect.stringContaining(UAI.gayeulles),
      exercice: "2026",
      kind: "Équipement acquis pour le collège",
      libelle: "Classe mobile",
      montant: money("5 451,00 €"),
    });
    const chefJournal = await listAuditEvents(await as("chefG", E(UAI.gayeulles)), {
      action: "allocation",
    });
    expect(chefJournal.items.map((e) => e.entityId).sort()).toEqual([ids.g1, ids.g2].sort());
    const otherChefJournal = await listAuditEvents(await as("chefR", E(UAI.rennes35b)), {
      action: "allocation",
    });
    expect(otherChefJournal.items.map((e) => e.entityId)).not.toContain(ids.g1);
    const draneJournal = await listAuditEvents(await as("drane14", A14), { action: "allocation" });
    expect(draneJournal.total).toBe(0);
  });

  it("edits then deletes an allocation, each with its audit event, the chain intact", async () => {
    const agent35 = await as("agent35", C35);
    const { id } = await createAllocation(agent35, {
      uai: UAI.rennes35b,
      exercice: "2026",
      kind: "EQUIPEMENT",
      label: "Vidéoprojecteurs",
      amount: "1200",
    });
    const edit = {
      id,
      exercice: "2026",
      kind: "EQUIPEMENT",
      label: "Vidéoprojecteurs salle 12",
      budgetLineId: lines.l35y2026,
    };
    expect(await updateAllocation(agent35, { ...edit, amount: "1 350,50" })).toEqual({
      changed: true,
    });
    expect(await db.allocation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      label: "Vidéoprojecteurs salle 12",
      amountCents: 135_050n,
      budgetLineId: lines.l35y2026,
    });
    const update = await db.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "allocation.update" },
    });
    expect(update.before).toMatchObject({
      libelle: "Vidéoprojecteurs",
      montant: money("1 200,00 €"),
      nature: null,
    });
    expect(update.after).toMatchObject({
      libelle: "Vidéoprojecteurs salle 12",
      montant: money("1 350,50 €"),
      nature: expect.stringContaining("21831"),
    });
    expect(update.etablissementId).toBe(collegeId[UAI.rennes35b]);
    // The same amount written another way changes nothing.
    expect(await updateAllocation(agent35, { ...edit, amount: "1350,5" })).toEqual({
      changed: false,
    });

    await deleteAllocation(agent35, { id });
    expect(await db.allocation.findUnique({ where: { id } })).toBeNull();
    const removal = await db.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "allocation.delete" },
    });
    expect(removal.before).toMatchObject({
      libelle: "Vidéoprojecteurs salle 12",
      montant: money("1 350,50 €"),
    });
    expect(removal.etablissementId).toBe(collegeId[UAI.rennes35b]);
    expect((await unsafeVerifyAuditChain(db)).ok).toBe(true);
  });

  it("refuses an invalid amount, an unknown or foreign collège, a foreign line or one of another exercice, with nothing written", async () => {
    const before = await snapshot();
    const events = await db.auditEvent.count();
    const agent35 = await as("agent35", C35);
    const base = { uai: UAI.gayeulles, exercice: "2026", kind: "EQUIPEMENT", label: "Portables" };
    for (const amount of ["0", "-120", "douze euros", "12,345", ""]) {
      await expect(createAllocation(agent35, { ...base, amount })).rejects.toThrow(
        /Montant invalide/,
      );
    }
    await expect(
      createAllocation(agent35, { ...base, amount: "100", exercice: "1999" }),
    ).rejects.toThrow(/Exercice invalide/);
    await expect(createAllocation(agent35, { ...base, amount: "100", label: " " })).rejects.toThrow(
      /Saisissez un libellé/,
    );
    await expect(
      createAllocation(agent35, { ...base, amount: "100", uai: "0359999Z" }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { uai: "Collège inconnu ou hors de votre collectivité." },
    });
    await expect(
      createAllocation(agent35, { ...base, amount: "100", uai: UAI.calvados14 }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("hors de votre collectivité"),
    });
    await expect(
      createAllocation(agent35, { ...base, amount: "100", budgetLineId: lines.l14y2026 }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { budgetLineId: expect.stringContaining("Ligne budgétaire inconnue") },
    });
    await expect(
      createAllocation(agent35, { ...base, amount: "100", budgetLineId: lines.l35y2025 }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: {
        budgetLineId:
          "Cette ligne budgétaire relève de l'exercice 2025 : choisissez une ligne de l'exercice 2026.",
      },
    });
    // The Classe mobile allocation of Les Gayeulles, as its edit form sends it.
    const classeMobile = {
      id: ids.g2,
      exercice: "2026",
      kind: "EQUIPEMENT",
      label: "Classe mobile",
    };
    await expect(updateAllocation(agent35, { ...classeMobile, amount: "-1" })).rejects.toThrow(
      /Montant invalide/,
    );
    await expect(
      updateAllocation(agent35, { ...classeMobile, amount: "5451", budgetLineId: lines.l14y2026 }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      updateAllocation(agent35, {
        ...classeMobile,
        exercice: "2027",
        amount: "5451",
        budgetLineId: lines.l35y2026,
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("exercice 2026"),
    });
    expect(await snapshot()).toBe(before);
    expect(await db.auditEvent.count()).toBe(events);
  });
});
