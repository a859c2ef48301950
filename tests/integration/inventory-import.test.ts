import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requireAccessContext } from "@/lib/access/context";
import { toXlsx } from "@/lib/exports/xlsx";
import { createInventoryImport } from "@/lib/inventory/import/create-import";
import { recomputeInventoryImport } from "@/lib/inventory/import/recompute-import";
import { commitInventoryImport } from "@/lib/inventory/import/commit-import";
import { abandonInventoryImport } from "@/lib/inventory/import/abandon-import";
import {
  getInventoryImport,
  getSavedImportMapping,
  listInventoryImports,
} from "@/lib/inventory/import/get-import";
import { unsafeImportInventoryFile } from "@/lib/inventory/import/import-file";
import { IMPORT_FIELDS, type ImportMapping } from "@/lib/inventory/import/fields";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createUser, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { accessAs, C35, C14 } from "../support/access";

const users: Record<string, string> = {};
const PRIVATE_35 = "0352071L";
const CLOSED_35 = "0350033W";

const fixture = (name: string) => readFileSync(path.join(process.cwd(), "tests", "fixtures", name));
const csvFile = (name: string, text: string | Buffer) =>
  new File(
    [typeof text === "string" ? new TextEncoder().encode(text) : new Uint8Array(text)],
    name,
    { type: "text/csv" },
  );

const as = accessAs(users, C35);

/** The mapping form of the preview page, as the browser submits it. */
function mappingForm(importId: string, mapping: ImportMapping, extra: Record<string, string> = {}) {
  const form: Record<string, string> = { importId, defaultCategory: mapping.defaultCategory ?? "" };
  for (const field of IMPORT_FIELDS) form[`map_${field}`] = mapping.columns[field] ?? "";
  return { ...form, ...extra };
}

async function equipmentSnapshot() {
  return JSON.stringify(
    await db.equipment.findMany({ orderBy: { id: "asc" }, omit: { createdAt: true } }),
  );
}

async function upload(user: string, file: File) {
  return createInventoryImport(await as(user), file);
}

async function commit(user: string, importId: string, extra: Record<string, string> = {}) {
  const detail = await getInventoryImport(await as(user), importId);
  return commitInventoryImport(await as(user), mappingForm(importId, detail.mapping, extra));
}

beforeAll(async () => {
  await seedReferentialsAndColleges([...Object.values(UAI), PRIVATE_35, CLOSED_35]);
  await db.etablissement.update({
    where: { uai: CLOSED_35 },
    data: { etat: "FERME", closedAt: new Date() },
  });
  users.agent35 = await createUser("agent35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
  ]);
  users.elu35 = await createUser("elu35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "ELU", key: "35" },
  ]);
  users.agent14 = await createUser("agent14@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "14" },
  ]);
  users.drane14 = await createUser("drane14@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "14" },
  ]);
  users.chefG = await createUser("chef.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.gayeulles },
  ]);
});

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
    const moved = await db.equipment.findUniqueOrThrow({
      where: { id: printer.id },
      include: { etablissement: { select: { uai: true } } },
    });
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

describe("GLPI export, XLSX, mapping", () => {
  it("imports a GLPI computer export as is", async () => {
    const preview = await upload(
      "agent35",
      csvFile("glpi-ordinateurs.csv", fixture("inventaire-glpi-ordinateurs.csv")),
    );
    expect(preview.summary).toMatchObject({
      mappingSource: "glpi",
      rowCount: 8,
      errorCount: 0,
      totals: { created: 8, updated: 0, unchanged: 0 },
    });
    expect((await commit("agent35", preview.id)).written).toBe(true);
    const rows = await db.equipment.findMany({
      where: { importId: preview.id },
      orderBy: { inventoryNumber: "asc" },
    });
    const byInventory = new Map(rows.map((r) => [r.inventoryNumber, r]));
    expect(byInventory.get("CD35-2021-00412")).toMatchObject({
      category: "POSTE_FIXE",
      manufacturer: "Dell Inc.",
      model: "OptiPlex 7090",
      serialNumber: "7XK2LM3",
      location: "Bâtiment A > Salle 101",
      purchaseCostCents: 74900,
    });
    expect(byInventory.get("CD35-2021-00412")!.warrantyEndsOn?.toISOString().slice(0, 10)).toBe(
      "2024-08-31",
    );
    expect(byInventory.get("CD35-2022-01088")).toMatchObject({
      category: "PORTABLE",
      status: "EN_STOCK",
      purchaseCostCents: 112900,
    });
    expect(byInventory.get("CD35-2016-00590")).toMatchObject({
      category: "POSTE_FIXE",
      serialNumber: null,
      status: "EN_PANNE",
      warrantyEndsOn: null,
    });
    expect(byInventory.get("CD35-2017-00954")).toMatchObject({ status: "REFORME" });
  });

  it("reads the same GLPI export saved as XLSX by LibreOffice as the same equipment", async () => {
    // Right after the CSV above was committed: every row is found again, unchanged.
    const bytes = fixture("xlsx/libreoffice-glpi-ordinateurs.xlsx");
    const preview = await upload(
      "agent35",
      new File([new Uint8Array(bytes)], "glpi-ordinateurs.xlsx"),
    );
    expect(preview.summary).toMatchObject({
      mappingSource: "glpi",
      rowCount: 8,
      errorCount: 0,
      totals: { created: 0, updated: 0, unchanged: 8 },
    });
    await abandonInventoryImport(await as("agent35"), { importId: preview.id });
  });

  it("imports an XLSX workbook", async () => {
    const bytes = toXlsx(
      "Inventaire",
      ["UAI", "Type de matériel", "Numéro de série", "Date d'achat", "Prix d'achat"],
      [
        [UAI.gayeulles, "Tablette", "XLSX-001", new Date(Date.UTC(2024, 0, 15)), 329.9],
        [UAI.rennes35b, "TBI", "XLSX-002", new Date(Date.UTC(2019, 8, 2)), 2500],
      ],
    );
    const preview = await upload("agent35", new File([bytes], "parc.xlsx"));
    expect(preview.summary).toMatchObject({ errorCount: 0, totals: { created: 2 } });
    expect((await commit("agent35", preview.id)).written).toBe(true);
    const tablet = await db.equipment.findFirstOrThrow({ where: { serialNumber: "XLSX-001" } });
    expect(tablet).toMatchObject({ category: "TABLETTE", purchaseCostCents: 32990 });
    expect(tablet.acquiredOn?.toISOString().slice(0, 10)).toBe("2024-01-15");
    expect((await db.equipmentImport.findUniqueOrThrow({ where: { id: preview.id } })).format).toBe(
      "XLSX",
    );
  });

  it("recomputes with the agent's mapping, saves it on commit, and reuses it for the next file", async () => {
    const header = "Établissement;Famille;S/N;Salle de cours";
    const preview = await upload(
      "agent35",
      csvFile("maison.csv", `${header}\n${UAI.gayeulles};Vidéoprojecteur;MAISON-1;Salle 1\n`),
    );
    expect(preview.summary.errorCount).toBe(1);
    expect(preview.summary.errors[0]).toMatch(
      /Aucune colonne du fichier n'a été reconnue comme l'UAI/,
    );

    const ctx = await as("agent35");
    await expect(
      recomputeInventoryImport(ctx, { importId: preview.id, map_category: "Famille" }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { map_uai: expect.stringMatching(/UAI/) },
    });
    const chosen: ImportMapping = {
      columns: {
        uai: "Établissement",
        category: "Famille",
        serialNumber: "S/N",
        location: "Salle de cours",
      },
      defaultCategory: null,
    };
    const summary = await recomputeInventoryImport(ctx, mappingForm(preview.id, chosen));
    expect(summary).toMatchObject({
      mappingSource: "manuel",
      errorCount: 0,
      totals: { created: 1 },
    });

    const stale = { ...chosen, columns: { ...chosen.columns, location: undefined } };
    await expect(commitInventoryImport(ctx, mappingForm(preview.id, stale))).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(
      (await commitInventoryImport(ctx, mappingForm(preview.id, chosen, { saveMapping: "on" })))
        .written,
    ).toBe(true);
    expect(await getSavedImportMapping(ctx)).toEqual(chosen);

    const next = await upload(
      "agent35",
      csvFile(
        "maison-2.csv",
        `Salle de cours;S/N;Famille;Établissement\nSalle 2;MAISON-2;ENI;${UAI.rennes35b}\n`,
      ),
    );
    expect(next.summary).toMatchObject({
      mappingSource: "enregistre",
      errorCount: 0,
      totals: { created: 1 },
    });
    expect((await getInventoryImport(ctx, next.id)).mapping).toEqual(chosen);
  });

  it("abandons an import: it can no longer be committed", async () => {
    const preview = await upload(
      "agent35",
      csvFile(
        "abandon.csv",
        `UAI;Catégorie;Numéro de série\n${UAI.gayeulles};Tablette;ABANDON-1\n`,
      ),
    );
    await abandonInventoryImport(await as("agent35"), { importId: preview.id });
    expect((await getInventoryImport(await as("agent35"), preview.id)).status).toBe("ABANDONNE");
    await expect(commit("agent35", preview.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.equipment.count({ where: { serialNumber: "ABANDON-1" } })).toBe(0);
  });

  it("lets only one of two concurrent commits write", async () => {
    const preview = await upload(
      "agent35",
      csvFile(
        "concurrent.csv",
        `UAI;Catégorie;Numéro de série\n${UAI.gayeulles};Tablette;CONC-1\n`,
      ),
    );
    const ctx = await as("agent35");
    const results = await Promise.allSettled([
      commitInventoryImport(ctx, { importId: preview.id }),
      commitInventoryImport(ctx, { importId: preview.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { code: "CONFLICT" },
    });
    expect(await db.equipment.count({ where: { serialNumber: "CONC-1" } })).toBe(1);
  });

  it("lists the collectivité's imports, newest first", async () => {
    const list = await listInventoryImports(await as("agent35"));
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(list[0]!.fileName).toBe("concurrent.csv");
    expect(list.every((i, k) => k === 0 || list[k - 1]!.createdAt >= i.createdAt)).toBe(true);
  });
});

describe("access", () => {
  it("an agent of 14 can neither read, preview, commit nor abandon an import of 35; nothing changes", async () => {
    const preview = await upload(
      "agent35",
      csvFile("cible.csv", `UAI;Catégorie;Numéro de série\n${UAI.gayeulles};Tablette;CROSS-1\n`),
    );
    const before = await equipmentSnapshot();
    const ctx14 = await as("agent14", C14);
    const mapping = (await getInventoryImport(await as("agent35"), preview.id)).mapping;
    await expect(getInventoryImport(ctx14, preview.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      recomputeInventoryImport(ctx14, mappingForm(preview.id, mapping)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      commitInventoryImport(ctx14, mappingForm(preview.id, mapping)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(abandonInventoryImport(ctx14, { importId: preview.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await listInventoryImports(ctx14)).map((i) => i.id)).not.toContain(preview.id);
    expect(await equipmentSnapshot()).toBe(before);
    expect((await getInventoryImport(await as("agent35"), preview.id)).status).toBe("APERCU");
  });

  it("an agent of 14 importing a file of 35 collèges gets every line refused", async () => {
    signInAs(users.agent14!);
    const preview = await createInventoryImport(
      await requireAccessContext(C14),
      csvFile("35.csv", fixture("inventaire-colleges-35.csv")),
    );
    expect(preview.summary.errorCount).toBe(7);
    expect(preview.summary.errors[0]).toBe(
      "Ligne 2 : UAI 0350027P inconnu ou hors de votre collectivité.",
    );
  });

  it("a chef, the académie's DRANE and an élu cannot import", async () => {
    const file = () => csvFile("x.csv", `UAI;Catégorie\n${UAI.gayeulles};Tablette\n`);
    signInAs(users.chefG!);
    const chef = await requireAccessContext({ type: "ETABLISSEMENT", uai: UAI.gayeulles });
    await expect(createInventoryImport(chef, file())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listInventoryImports(chef)).rejects.toMatchObject({ code: "FORBIDDEN" });
    signInAs(users.drane14!);
    const drane = await requireAccessContext({ type: "ACADEMIE", code: "14" });
    await expect(createInventoryImport(drane, file())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getInventoryImport(drane, "any")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createInventoryImport(await as("elu35"), file())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    signInAs(users.chefG!);
    await expect(requireAccessContext(C35)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("command line", () => {
  const actor = { id: null, label: "ligne de commande" };

  it("simulates without writing, refuses a wrong file without writing, then imports", async () => {
    const before = await equipmentSnapshot();
    const bytes = new TextEncoder().encode(
      `UAI;Catégorie;Numéro de série\n${UAI.rennes35b};Serveur;CLI-1\n${UAI.rennes35b};Switch;CLI-2\n`,
    );
    const simulation = await unsafeImportInventoryFile(db, {
      collectiviteCode: "35",
      bytes,
      fileName: "cli.csv",
      simulation: true,
      saveMapping: false,
      actor,
    });
    expect(simulation).toMatchObject({ written: false, summary: { totals: { created: 2 } } });
    const wrong = await unsafeImportInventoryFile(db, {
      collectiviteCode: "35",
      bytes: fixture("inventaire-erreurs.csv"),
      fileName: "erreurs.csv",
      simulation: false,
      saveMapping: false,
      actor,
    });
    expect(wrong).toMatchObject({ written: false, summary: { errorCount: 2 } });
    expect(await equipmentSnapshot()).toBe(before);
    const importsBefore = await db.equipmentImport.count();
    const done = await unsafeImportInventoryFile(db, {
      collectiviteCode: "35",
      bytes,
      fileName: "cli.csv",
      simulation: false,
      saveMapping: false,
      actor,
    });
    expect(done).toMatchObject({ written: true, summary: { totals: { created: 2 } } });
    expect(await db.equipmentImport.count()).toBe(importsBefore + 1);
    expect(
      await db.equipmentImport.findUniqueOrThrow({ where: { id: done.importId! } }),
    ).toMatchObject({ status: "ENREGISTRE", actorLabel: "ligne de commande", createdById: null });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "equipment.import", entityId: done.importId },
    });
    expect(event).toMatchObject({
      actorId: null,
      actorLabel: "ligne de commande",
      after: { created: 2, lignes: 2 },
    });
  });
});

async function collectivite(code: string) {
  return db.collectivite.findUniqueOrThrow({ where: { code }, select: { id: true } });
}
