import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { hasDemoInventory } from "@/lib/inventory/list-equipment";
import { updateEquipment } from "@/lib/inventory/save-equipment";
import { bulkUpdateEquipmentStatus, updateEquipmentStatus } from "@/lib/inventory/update-status";
import { createConvention } from "@/lib/conventions/create-convention";
import { buildConventionDocument } from "@/lib/conventions/build-document";
import { UAI } from "../support/fixtures";
import { equipmentWithUai } from "../support/rows";
import { C35, C14, C22, A70, A14, E } from "../support/access";
import { as, base, snapshot, ids, seedEquipment, poste } from "./equipment.fixtures";

beforeAll(seedEquipment);

describe("changes to equipment", () => {
  it("lets the agent correct and move an equipment between its collèges, recording only what changed", async () => {
    await updateEquipment(await as("agent35", C35), {
      id: ids.r1,
      uai: UAI.gayeulles,
      category: "TABLETTE",
      serialNumber: "TAB-1",
      ...base,
      model: "iPad 10",
      location: "CDI",
    });
    const r1 = await equipmentWithUai(ids.r1);
    expect(r1).toMatchObject({
      model: "iPad 10",
      location: "CDI",
      etablissement: { uai: UAI.gayeulles },
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: ids.r1, action: "equipment.update" },
    });
    expect(Object.keys(event.after as object).sort()).toEqual([
      "emplacement",
      "etablissement",
      "modele",
    ]);
  });

  it("refuses an agent of another collectivité and the académie, leaving the equipment unchanged", async () => {
    const before = await snapshot(ids.g1);
    const g1 = (uai: string, changes: object = {}) => ({ id: ids.g1, ...poste(uai, changes) });
    for (const [ctx, edit, code] of [
      [await as("agent14", C14), g1(UAI.calvados14, { model: "Piraté" }), "NOT_FOUND"],
      [await as("drane14", A14), g1(UAI.gayeulles), "FORBIDDEN"],
      [await as("chefG", E(UAI.gayeulles)), g1(UAI.gayeulles), "FORBIDDEN"],
    ] as const)
      await expect(updateEquipment(ctx, edit)).rejects.toMatchObject({ code });
    for (const ctx of [await as("drane14", A14), await as("elu35", C35)])
      await expect(
        updateEquipmentStatus(ctx, { id: ids.g1, status: "EN_PANNE" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot(ids.g1)).toBe(before);
  });

  it("lets the chef and the référent change status and location of their own equipment only", async () => {
    await updateEquipmentStatus(await as("chefG", E(UAI.gayeulles)), {
      id: ids.g1,
      status: "EN_PANNE",
      location: "Salle 105",
    });
    expect(
      await db.equipment.findUniqueOrThrow({
        where: { id: ids.g1 },
        select: { status: true, location: true },
      }),
    ).toEqual({ status: "EN_PANNE", location: "Salle 105" });
    await updateEquipmentStatus(await as("refG", E(UAI.gayeulles)), {
      id: ids.g1,
      status: "EN_SERVICE",
      location: "Salle 105",
    });
    const events = await db.auditEvent.findMany({
      where: { entityId: ids.g1, action: "equipment.status" },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => e.after)).toEqual([
      { statut: "En panne", emplacement: "Salle 105" },
      { statut: "En service" },
    ]);

    const before = await snapshot(ids.b1);
    await expect(
      updateEquipmentStatus(await as("chefG", E(UAI.gayeulles)), { id: ids.b1, status: "REFORME" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateEquipmentStatus(await as("chefR", E(UAI.rennes35b)), { id: ids.g1, status: "REFORME" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(ids.b1)).toBe(before);
    expect((await db.equipment.findUniqueOrThrow({ where: { id: ids.g1 } })).status).toBe(
      "EN_SERVICE",
    );
  });

  it("changes the status of a selection at once, one audit event each, or nothing when one id is outside", async () => {
    const result = await bulkUpdateEquipmentStatus(await as("agent35", C35), {
      ids: [ids.g1, ids.g2, ids.r1],
      status: "EN_STOCK",
    });
    expect(result.changed).toBe(3);
    expect(
      await db.equipment.count({
        where: { id: { in: [ids.g1, ids.g2, ids.r1] }, status: "EN_STOCK" },
      }),
    ).toBe(3);
    const events = await db.auditEvent.findMany({
      where: {
        entityId: { in: [ids.g1, ids.g2, ids.r1] },
        action: "equipment.status",
        after: { equals: { statut: "En stock" } },
      },
    });
    expect(events).toHaveLength(3);

    await expect(
      bulkUpdateEquipmentStatus(await as("agent35", C35), {
        ids: [ids.g1, ids.b1],
        status: "REFORME",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      bulkUpdateEquipmentStatus(await as("chefG", E(UAI.gayeulles)), {
        ids: [ids.g1, ids.r1, ids.k1],
        status: "REFORME",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      bulkUpdateEquipmentStatus(await as("agent35", C35), { ids: [], status: "REFORME" }),
    ).rejects.toThrow();
    expect(await db.equipment.count({ where: { status: "REFORME" } })).toBe(0);
    expect((await db.equipment.findUniqueOrThrow({ where: { id: ids.b1 } })).status).toBe(
      "EN_SERVICE",
    );
    expect((await unsafeVerifyAuditChain(db)).ok).toBe(true);
  });
});

describe("the convention's inventory annex", () => {
  it("lists the collège's equipment per category, réformé equipment left out", async () => {
    await bulkUpdateEquipmentStatus(await as("agent35", C35), { ids: [ids.g2], status: "REFORME" });
    const convention = await createConvention(await as("agent35", C35), {
      kind: "TRIPARTITE",
      uai: UAI.gayeulles,
    });
    const version = await db.conventionVersion.findFirstOrThrow({
      where: { conventionId: convention.id },
      select: { id: true },
    });
    const doc = await db.$transaction((tx) =>
      buildConventionDocument(tx, version.id, new Date("2026-11-22T10:00:00Z")),
    );
    expect(doc.annexes.inventory?.rows).toEqual([
      { category: "Poste fixe", count: 1 },
      { category: "Tablette", count: 1 },
    ]);
  });
});

describe("demo inventory notice", () => {
  it("is shown to the perimeters holding demo equipment only", async () => {
    const b1 = await db.equipment.findUniqueOrThrow({
      where: { id: ids.b1 },
      select: { collectiviteId: true, importId: true },
    });
    const demo = await db.equipmentImport.create({
      data: {
        collectiviteId: b1.collectiviteId,
        status: "ENREGISTRE",
        fileName: "demo",
        format: "DEMO",
        sha256: "0",
        mapping: {},
        rowCount: 1,
        summary: {},
        actorLabel: "test",
      },
    });
    await db.equipment.update({ where: { id: ids.b1 }, data: { importId: demo.id } });
    try {
      expect(await hasDemoInventory(await as("agent22", C22))).toBe(true);
      expect(await hasDemoInventory(await as("drane14", A14))).toBe(true);
      expect(await hasDemoInventory(await as("agent35", C35))).toBe(false);
      expect(await hasDemoInventory(await as("chefG", E(UAI.gayeulles)))).toBe(false);
      expect(await hasDemoInventory(await as("agent14", C14))).toBe(false);
      expect(await hasDemoInventory(await as("drane70", A70))).toBe(false);
    } finally {
      await db.equipment.update({ where: { id: ids.b1 }, data: { importId: b1.importId } });
      await db.equipmentImport.delete({ where: { id: demo.id } });
    }
  });
});
