import { readFileSync } from "node:fs";
import path from "node:path";
import { requireAccessContext } from "@/lib/access/context";
import { IMPORT_FIELDS, type ImportMapping } from "@/lib/inventory/import/fields";
import { createUser, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35 } from "../support/access";

// Issue 13, sections 2 and 3: every file here is what an attacker, Excel, LibreOffice or GLPI sends.

export const users: Record<string, string> = {};
export const fixture = (name: string) =>
  readFileSync(path.join(process.cwd(), "tests", "fixtures", name));
export const file = (name: string, bytes: Uint8Array | string, type = "text/csv") =>
  new File(
    [typeof bytes === "string" ? new TextEncoder().encode(bytes) : new Uint8Array(bytes)],
    name,
    { type },
  );
export const actor = { id: null, label: "ligne de commande" };

export async function agent() {
  signInAs(users.agent35!);
  return requireAccessContext(C35);
}

export function mappingForm(
  importId: string,
  mapping: ImportMapping,
  extra: Record<string, string> = {},
) {
  const form: Record<string, string> = { importId, defaultCategory: mapping.defaultCategory ?? "" };
  for (const field of IMPORT_FIELDS) form[`map_${field}`] = mapping.columns[field] ?? "";
  return { ...form, ...extra };
}

/** What every test file of this story starts from (the former beforeAll). */
export async function seedImportHardening(): Promise<void> {
  await seedReferentialsAndColleges(Object.values(UAI));
  users.agent35 = await createUser("agent35.caps@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
  ]);
}
