import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { type ScopeRef } from "@/lib/access/context";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { listEquipment, hasDemoInventory } from "@/lib/inventory/list-equipment";
import { getEquipment } from "@/lib/inventory/get-equipment";
import { createEquipment, updateEquipment } from "@/lib/inventory/save-equipment";
import { bulkUpdateEquipmentStatus, updateEquipmentStatus } from "@/lib/inventory/update-status";
import { exportEquipmentRows } from "@/lib/inventory/export-equipment";
import { createConvention } from "@/lib/conventions/create-convention";
import { buildConventionDocument } from "@/lib/conventions/build-document";
import { createUser, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { accessAs, C35, C14, C22, A70, A14, E } from "../support/access";

const users: Record<string, string> = {};

const as = accessAs(users);

const base = {
  manufacturer: "Dell",
  model: "OptiPlex 7010",
  acquiredOn: "15/09/2021",
  warrantyEndsOn: "2026-09-14",
  status: "EN_SERVICE",
  location: "Salle 104",
  usage: "PEDAGOGIQUE",
  fundingSource: "COLLECTIVITE",
  purchaseCost: "749,90",
};

const snapshot = async (id: string) =>
  JSON.stringify(await db.equipment.findUniqueOrThrow({ where: { id } }));
const ids = { g1: "", g2: "", r1: "", b1: "", k1: "" };

beforeAll(async () => {
  await seedReferentialsAndColleges();
  users.agent35 = await createUser("agent35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
  ]);
  users.elu35 = await createUser("elu35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "ELU", key: "35" },
  ]);
  users.agent22 = await createUser("agent22@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "22" },
  ]);
  users.agent14 = await createUser("agent14@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "14" },
  ]);
  users.drane14 = await createUser("drane14@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "14" },
  ]);
  users.drane70 = await createUser("drane70@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "70" },
  ]);
  users.chefG = await createUser("chef.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.gayeulles },
  ]);
  users.refG = await createUser("referent.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "REFERENT", key: UAI.gayeulles },
  ]);
  users.chefR = await createUser("chef.rennes@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.rennes35b },
  ]);

  ids.g1 = (
    await createEquipment(await as("agent35", C35), {
      uai: UAI.gayeulles,
      category: "POSTE_FIXE",
      serialNumber: "ab 12 cd",
      inventoryNumber: "35-2021-0001",
      ...base,
    })
  ).id;
  ids.g2 = (
    await createEquipment(await as("agent35", C35), {
      uai: UAI.gayeulles,
      category: "ENI",
      serialNumber: "ENI-1",
      ...base,
      model: "ActivPanel 9",
    })
  ).id;
  ids.r1 = (
    await createEquipment(await as("agent35", C35), {
      uai: UAI.rennes35b,
      category: "TABLETTE",
      serialNumber: "TAB-1",
      ...base,
      model: "iPad",
    })
  ).id;
  ids.b1 = (
    await createEquipment(await as("agent22", C22), {
      uai: UAI.bourbriac22,
      category: "PORTABLE",
      serialNumber: "AB12CD",
      ...base,
      model: "ThinkPad L14",
    })
  ).id;
  ids.k1 = (
    await createEquipment(await as("agent14", C14), {
      uai: UAI.calvados14,
      category: "VPI",
      serialNumber: "VPI-14",
      ...base,
      model: "EB-725Wi",
    })
  ).id;
});

describe("equipment of a collège", () => {
  it("stores what the agent entered, normalised, with an audit event", async () => {
    const g1 = await db.equipment.findUniqueOrThrow({ where: { id: ids.g1 } });
    expect(g1).toMatchObject({
      serialNumber: "AB12CD",
      inventoryNumber: "35-2021-0001",
      purchaseCostCents: 74_990,
      status: "EN_SERVICE",
      location: "Salle 104",
    });
    expect(g1.acquiredOn?.toISOString().slice(0, 10)).toBe("2021-09-15");
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Equipment", entityId: ids.g1, action: "equipment.create" },
    });
    expect(event.etablissementId).toBe(g1.etablissementId);
    expect(event.after).toMatchObject({
      categorie: "Poste fixe",
      numeroSerie: "AB12CD",
      coutAchat: expect.stringContaining("749,90"),
    });
  });

  it("refuses a duplicate serial in the collectivité, a date like 31/02/2024, and another collectivité's collège, with nothing written", async () => {
    const count = await db.equipment.count();
    const ctx = await as("agent35", C35);
    await expect(
      createEquipment(ctx, {
        uai: UAI.rennes35b,
        category: "POSTE_FIXE",
        serialNumber: "AB12CD",
        ...base,
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { serialNumber: expect.stringContaining("déjà inventorié") },
    });
    await expect(
      createEquipment(ctx, {
        uai: UAI.gayeulles,
        category: "POSTE_FIXE",
        ...base,
        acquiredOn: "31/02/2024",
      }),
    ).rejects.toThrow();
    await expect(
      createEquipment(ctx, {
        uai: UAI.gayeulles,
        category: "POSTE_FIXE",
        ...base,
        purchaseCost: "-3",
      }),
    ).rejects.toThrow();
    await expect(
      createEquipment(ctx, { uai: UAI.calvados14, category: "POSTE_FIXE", ...base }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      createEquipment(ctx, { uai: UAI.gayeulles, category: "ORDINATEUR", ...base }),
    ).rejects.toThrow();
    expect(await db.equipment.count()).toBe(count);
  });

  it("lets the same serial exist in two collectivités (uniqueness is per owner)", async () => {
    expect((await db.equipment.findUniqueOrThrow({ where: { id: ids.b1 } })).serialNumber).toBe(
      "AB12CD",
    );
  });

  it("lists each perimeter's equipment only", async () => {
    const uaisOf = async (user: string, scope: ScopeRef, input: Record<string, string> = {}) =>
      (await listEquipment(await as(user, scope), input)).items
        .map((e) => e.etablissement.uai)
        .sort();
    expect(await uaisOf("agent35", C35)).toEqual(
      [UAI.gayeulles, UAI.gayeulles, UAI.rennes35b].sort(),
    );
    expect(await uaisOf("drane14", A14)).toEqual(
      [UAI.bourbriac22, UAI.gayeulles, UAI.gayeulles, UAI.rennes35b].sort(),
    );
    expect(await uaisOf("drane14", A14, { departement: "22" })).toEqual([UAI.bourbriac22]);
    expect(await uaisOf("chefG", E(UAI.gayeulles))).toEqual([UAI.gayeulles, UAI.gayeulles]);
    expect(await uaisOf("agent14", C14)).toEqual([UAI.calvados14]);
    expect(await uaisOf("drane70", A70)).toEqual([UAI.calvados14]);
    expect(await uaisOf("elu35", C35, { category: "ENI" })).toEqual([UAI.gayeulles]);
    expect(await uaisOf("agent35", C35, { q: "ab12" })).toEqual([UAI.gayeulles]);
    expect(await uaisOf("agent35", C35, { before: "2021" })).toEqual([]);
    expect(await hasDemoInventory(await as("agent35", C35))).toBe(false);
  });

  it("exports the filtered list of the perimeter only", async () => {
    const rows = await exportEquipmentRows(await as("agent35", C35), { category: "POSTE_FIXE" });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 3)).toEqual([UAI.gayeulles, expect.any(String), "Poste fixe"]);
    expect(await exportEquipmentRows(await as("agent14", C14), { uai: UAI.gayeulles })).toEqual([]);
  });

  it("answers not found for another perimeter's equipment", async () => {
    await expect(getEquipment(await as("agent14", C14), ids.g1)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getEquipment(await as("drane70", A70), ids.g1)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getEquipment(await as("chefR", E(UAI.rennes35b)), ids.g1)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await getEquipment(await as("drane14", A14), ids.g1)).equipment.id).toBe(ids.g1);
  });
});

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
    const r1 = await db.equipment.findUniqueOrThrow({
      where: { id: ids.r1 },
      include: { etablissement: { select: { uai: true } } },
    });
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
    await expect(
      updateEquipment(await as("agent14", C14), {
        id: ids.g1,
        uai: UAI.calvados14,
        category: "POSTE_FIXE",
        ...base,
        model: "Piraté",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateEquipment(await as("drane14", A14), {
        id: ids.g1,
        uai: UAI.gayeulles,
        category: "POSTE_FIXE",
        ...base,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updateEquipment(await as("chefG", E(UAI.gayeulles)), {
        id: ids.g1,
        uai: UAI.gayeulles,
        category: "POSTE_FIXE",
        ...base,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updateEquipmentStatus(await as("drane14", A14), { id: ids.g1, status: "EN_PANNE" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updateEquipmentStatus(await as("elu35", C35), { id: ids.g1, status: "EN_PANNE" }),
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
