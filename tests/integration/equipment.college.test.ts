import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { type ScopeRef } from "@/lib/access/context";
import { listEquipment, hasDemoInventory } from "@/lib/inventory/list-equipment";
import { getEquipment } from "@/lib/inventory/get-equipment";
import { createEquipment } from "@/lib/inventory/save-equipment";
import { exportEquipmentRows } from "@/lib/inventory/export-equipment";
import { UAI } from "../support/fixtures";
import { C35, C14, A70, A14, E } from "../support/access";
import { as, base, ids, seedEquipment, poste } from "./equipment.fixtures";

beforeAll(seedEquipment);

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
      createEquipment(ctx, poste(UAI.rennes35b, { serialNumber: "AB12CD" })),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { serialNumber: expect.stringContaining("déjà inventorié") },
    });
    await expect(
      createEquipment(ctx, poste(UAI.gayeulles, { acquiredOn: "31/02/2024" })),
    ).rejects.toThrow();
    await expect(
      createEquipment(ctx, poste(UAI.gayeulles, { purchaseCost: "-3" })),
    ).rejects.toThrow();
    await expect(createEquipment(ctx, poste(UAI.calvados14))).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
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
