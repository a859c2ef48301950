import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getInventoryImport } from "@/lib/inventory/import/get-import";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { UAI } from "../support/fixtures";
import { equipmentWithUai } from "../support/rows";
import {
  PRIVATE_35,
  CLOSED_35,
  fixture,
  csvFile,
  as,
  equipmentSnapshot,
  upload,
  commit,
  collectivite,
  seedInventoryImport,
} from "./inventory-import.fixtures";

beforeAll(seedInventoryImport);

describe("preview and commit of a file covering several collèges", () => {
  let importId = "";

  it("previews counts per établissement without writing equipment", async () => {
    const preview = await upload(
      "agent35",
      csvFile("parc-35.csv", fixture("inventaire-colleges-35.csv")),
    );
    importId = preview.id;
    expect(preview.summary).toMatchObject({
      mappingSource: "automatique",
      rowCount: 7,
      totals: { created: 7, updated: 0, unchanged: 0 },
      errorCount: 0,
      etablissements: [
        { uai: UAI.gayeulles, name: "Collège Les Gayeulles", created: 4, updated: 0, unchanged: 0 },
        {
          uai: UAI.rennes35b,
          name: "Collège Clotilde Vautier",
          created: 3,
          updated: 0,
          unchanged: 0,
        },
      ],
    });
    expect(preview.summary.sample).toHaveLength(7);
    expect(preview.summary.sample[0]).toMatchObject({
      line: 2,
      action: "create",
      values: { category: "VPI", purchaseCostCents: 189000, acquiredOn: "2022-09-12" },
    });
    expect(await db.equipment.count()).toBe(0);
    const stored = await db.equipmentImport.findUniqueOrThrow({
      where: { id: importId },
      select: { status: true, format: true, sha256: true, rowCount: true, file: true },
    });
    expect(stored).toMatchObject({ status: "APERCU", format: "CSV", rowCount: 7 });
    expect(stored.file?.length).toBe(fixture("inventaire-colleges-35.csv").length);
  });

  it("commits: creates the equipment, marks the import, appends one audit event", async () => {
    const result = await commit("agent35", importId);
    expect(result.written).toBe(true);
    expect(await db.equipment.count()).toBe(7);
    const eni = await db.equipment.findUniqueOrThrow({
      where: {
        collectiviteId_inventoryNumber: {
          collectiviteId: (await collectivite("35")).id,
          inventoryNumber: "CD35-ENI-0007",
        },
      },
    });
    expect(eni).toMatchObject({
      category: "ENI",
      manufacturer: "Speechi",
      model: "SpeechiTouch 75 pouces",
      serialNumber: "SPT75-220981",
      status: "EN_SERVICE",
      location: "Salle 201",
      usage: "PEDAGOGIQUE",
      fundingSource: "COLLECTIVITE",
      purchaseCostCents: 345000,
      importId,
    });
    expect(eni.acquiredOn?.toISOString().slice(0, 10)).toBe("2023-07-03");
    expect(eni.warrantyEndsOn?.toISOString().slice(0, 10)).toBe("2028-07-02");
    const detail = await getInventoryImport(await as("agent35"), importId);
    expect(detail.status).toBe("ENREGISTRE");
    expect(detail.committedAt).not.toBeNull();
    const events = await db.auditEvent.findMany({ where: { action: "equipment.import" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityType: "EquipmentImport",
      entityId: importId,
      collectiviteId: (await collectivite("35")).id,
      actorLabel: "agent35 <agent35@test.fr>",
      after: {
        fichier: "parc-35.csv",
        sha256: detail.sha256,
        lignes: 7,
        created: 7,
        updated: 0,
        unchanged: 0,
        etablissements: 2,
      },
    });
    expect((await unsafeVerifyAuditChain(db)).ok).toBe(true);
  });

  it("refuses a second commit of the same import (CONFLICT) and changes nothing", async () => {
    const before = await equipmentSnapshot();
    await expect(commit("agent35", importId)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await equipmentSnapshot()).toBe(before);
    expect(await db.auditEvent.count({ where: { action: "equipment.import" } })).toBe(1);
  });

  it("re-imports the same file: everything unchanged, no duplicate; a changed row is updated, renewal planning kept", async () => {
    const same = await upload(
      "agent35",
      csvFile("parc-35.csv", fixture("inventaire-colleges-35.csv")),
    );
    expect(same.summary.totals).toEqual({ created: 0, updated: 0, unchanged: 7 });

    const printer = await db.equipment.findFirstOrThrow({
      where: { inventoryNumber: "CD35-IMP-0040" },
    });
    await db.equipment.update({
      where: { id: printer.id },
      data: { plannedRenewalYear: 2027, renewalNote: "Report demandé" },
    });
    const text = fixture("inventaire-colleges-35.csv")
      .toString("utf8")
      .replace(
        "0350913C;Imprimante;Brother;HL-L6400DW;E78155K2N445;CD35-IMP-0040;15/03/2021;14/03/2024;En panne;Secrétariat",
        "0350027P;Imprimante;Brother;HL-L6400DW;E78155K2N445;CD35-IMP-0040;15/03/2021;14/03/2024;Réformé;Réserve",
      );
    const changed = await upload("agent35", csvFile("parc-35-v2.csv", text));
    expect(changed.summary.totals).toEqual({ created: 0, updated: 1, unchanged: 6 });
    expect(changed.summary.etablissements).toEqual([
      { uai: UAI.gayeulles, name: "Collège Les Gayeulles", created: 0, updated: 1, unchanged: 4 },
      {
        uai: UAI.rennes35b,
        name: "Collège Clotilde Vautier",
        created: 0,
        updated: 0,
        unchanged: 2,
      },
    ]);
    expect((await commit("agent35", changed.id)).written).toBe(true);
    expect(await db.equipment.count()).toBe(7);
    const moved = await equipmentWithUai(printer.id);
    expect(moved).toMatchObject({
      status: "REFORME",
      location: "Réserve",
      plannedRenewalYear: 2027,
      renewalNote: "Report demandé",
      importId: changed.id,
    });
    expect(moved.etablissement.uai).toBe(UAI.gayeulles);
    expect(moved.updatedAt.getTime()).toBeGreaterThan(printer.updatedAt.getTime());
  });
});

describe("refused files", () => {
  it("names the lines of an unknown UAI (Calvados) and of 31/02/2024, and writes nothing; the import stays APERCU", async () => {
    const before = await equipmentSnapshot();
    const preview = await upload(
      "agent35",
      csvFile("erreurs.csv", fixture("inventaire-erreurs.csv")),
    );
    expect(preview.summary.errors).toEqual([
      "Ligne 3 : UAI 0140041U inconnu ou hors de votre collectivité.",
      "Ligne 4, colonne « Date d'achat » : date invalide « 31/02/2024 » (attendu JJ/MM/AAAA ou AAAA-MM-JJ).",
    ]);
    expect(preview.summary.errorCount).toBe(2);
    const result = await commit("agent35", preview.id);
    expect(result.written).toBe(false);
    expect(result.summary.errorCount).toBe(2);
    expect(await equipmentSnapshot()).toBe(before);
    expect(await db.equipment.count({ where: { serialNumber: { startsWith: "ERR-SN" } } })).toBe(0);
    const detail = await getInventoryImport(await as("agent35"), preview.id);
    expect(detail.status).toBe("APERCU");
    expect(detail.summary.errors).toHaveLength(2);
  });

  it("refuses private and closed collèges with their own messages", async () => {
    const preview = await upload(
      "agent35",
      csvFile("prive.csv", `UAI;Catégorie\n${PRIVATE_35};Tablette\n${CLOSED_35};Tablette\n`),
    );
    expect(preview.summary.errors).toEqual([
      `Ligne 2 : Collège privé Joséphine-Bakhita (${PRIVATE_35}) est un établissement privé : son équipement ne relève pas de la collectivité.`,
      `Ligne 3 : Collège Les Ormeaux (${CLOSED_35}) est fermé : il ne reçoit plus d'équipement.`,
    ]);
  });

  it("refuses an empty file and a file over 20 Mo", async () => {
    await expect(upload("agent35", csvFile("vide.csv", ""))).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    const big = new File([new Uint8Array(20 * 1024 * 1024 + 1)], "gros.csv");
    await expect(upload("agent35", big)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Fichier trop volumineux (20 Mo au plus).",
    });
  });
});
