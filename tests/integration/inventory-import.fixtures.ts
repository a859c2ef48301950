import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import { createInventoryImport } from "@/lib/inventory/import/create-import";
import { commitInventoryImport } from "@/lib/inventory/import/commit-import";
import { getInventoryImport } from "@/lib/inventory/import/get-import";
import { seedReferentialsAndColleges, UAI, createUsers, people } from "../support/fixtures";
import { mappingForm } from "../support/import-form";
import { accessAs, C35 } from "../support/access";

export const users: Record<string, string> = {};
export const PRIVATE_35 = "0352071L";
export const CLOSED_35 = "0350033W";

export const fixture = (name: string) =>
  readFileSync(path.join(process.cwd(), "tests", "fixtures", name));
export const csvFile = (name: string, text: string | Buffer) =>
  new File(
    [typeof text === "string" ? new TextEncoder().encode(text) : new Uint8Array(text)],
    name,
    { type: "text/csv" },
  );

export const as = accessAs(users, C35);

export async function equipmentSnapshot() {
  return JSON.stringify(
    await db.equipment.findMany({ orderBy: { id: "asc" }, omit: { createdAt: true } }),
  );
}

export async function upload(user: string, file: File) {
  return createInventoryImport(await as(user), file);
}

/** agent35 uploads a one-line file: a tablet of Les Gayeulles with this serial number. */
export const uploadOneTablet = (name: string, serial: string) =>
  upload(
    "agent35",
    csvFile(name, `UAI;Catégorie;Numéro de série\n${UAI.gayeulles};Tablette;${serial}\n`),
  );

export async function commit(user: string, importId: string, extra: Record<string, string> = {}) {
  const detail = await getInventoryImport(await as(user), importId);
  return commitInventoryImport(await as(user), mappingForm(importId, detail.mapping, extra));
}

export async function collectivite(code: string) {
  return db.collectivite.findUniqueOrThrow({ where: { code }, select: { id: true } });
}

/** What every test file of this story starts from (the former beforeAll). */
export async function seedInventoryImport(): Promise<void> {
  await seedReferentialsAndColleges([...Object.values(UAI), PRIVATE_35, CLOSED_35]);
  await db.etablissement.update({
    where: { uai: CLOSED_35 },
    data: { etat: "FERME", closedAt: new Date() },
  });
  await createUsers(users, people("agent35", "elu35", "agent14", "drane14", "chefG"));
}

/**
 * The five imports the preview story (inventory-import.preview.test.ts) leaves behind, uploaded
 * and left at the preview step: the mapping file's listing test counts every import of the
 * collectivité, as it did when both stories ran in one file.
 */
export async function uploadPreviewStoryImports(): Promise<void> {
  const parc = fixture("inventaire-colleges-35.csv");
  await upload("agent35", csvFile("parc-35.csv", parc));
  await upload("agent35", csvFile("parc-35.csv", parc));
  await upload("agent35", csvFile("parc-35-v2.csv", parc));
  await upload("agent35", csvFile("erreurs.csv", fixture("inventaire-erreurs.csv")));
  await upload(
    "agent35",
    csvFile("prive.csv", `UAI;Catégorie\n${PRIVATE_35};Tablette\n${CLOSED_35};Tablette\n`),
  );
}
