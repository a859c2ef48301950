import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requireAccessContext } from "@/lib/access/context";
import { createInventoryImport } from "@/lib/inventory/import/create-import";
import { recomputeInventoryImport } from "@/lib/inventory/import/recompute-import";
import { commitInventoryImport } from "@/lib/inventory/import/commit-import";
import { abandonInventoryImport } from "@/lib/inventory/import/abandon-import";
import { getInventoryImport, listInventoryImports } from "@/lib/inventory/import/get-import";
import { unsafeImportInventoryFile } from "@/lib/inventory/import/import-file";
import { UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35, C14 } from "../support/access";
import { mappingForm } from "../support/import-form";
import {
  users,
  fixture,
  csvFile,
  as,
  equipmentSnapshot,
  seedInventoryImport,
  uploadOneTablet,
} from "./inventory-import.fixtures";

beforeAll(seedInventoryImport);

describe("access", () => {
  it("an agent of 14 can neither read, preview, commit nor abandon an import of 35; nothing changes", async () => {
    const preview = await uploadOneTablet("cible.csv", "CROSS-1");
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
