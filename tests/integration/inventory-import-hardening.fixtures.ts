import { readFileSync } from "node:fs";
import path from "node:path";
import { createUser, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { C35, contextAs } from "../support/access";

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

/** The agent of 35, signed in. */
export const agent = () => contextAs(users.agent35!, C35);

/** What every test file of this story starts from (the former beforeAll). */
export async function seedImportHardening(): Promise<void> {
  await seedReferentialsAndColleges(Object.values(UAI));
  users.agent35 = await createUser("agent35.caps@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
  ]);
}
