import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import { unsafeSyncReferentials } from "@/lib/referentials/sync-referentials";
import { unsafeImportEtablissements } from "@/lib/imports/etablissements/import-etablissements";
import { UAI, createUsers, people } from "../support/fixtures";
import { expect } from "vitest";

export const read = (file: string) => readFileSync(path.join(process.cwd(), "data", file), "utf8");
export const effectifsFile = read("effectifs-colleges-35.csv");
export const ipsFile = read("ips-colleges.csv");

/** The file with one cell replaced: `line` is 1-based like the errors, `column` a 0-based index. */
export function withCell(text: string, line: number, column: number, value: string): string {
  const lines = text.split("\n");
  const cells = lines[line - 1]!.split(";");
  cells[column] = value;
  lines[line - 1] = cells.join(";");
  return lines.join("\n");
}

/** Both tables without import times, to prove a refused or simulated import wrote nothing. */
export async function snapshot() {
  const order = [{ etablissementId: "asc" as const }, { rentree: "asc" as const }];
  const effectifs = await db.effectif.findMany({ orderBy: order, omit: { importedAt: true } });
  const ips = await db.indicePositionSociale.findMany({
    orderBy: order,
    omit: { importedAt: true },
  });
  return JSON.stringify({ effectifs, ips });
}

export const auditCount = (action: string) => db.auditEvent.count({ where: { action } });
export const users: Record<string, string> = {};

/** What every test file of this story starts from (the former beforeAll). */
export async function seedImportEffectifsIps(): Promise<void> {
  await unsafeSyncReferentials(db);
  const report = await unsafeImportEtablissements(db, read("colleges-france.csv"), {
    source: "test",
  });
  expect(report.errors).toEqual([]);
  await createUsers(users, {
    ...people("agent35", "agent22"),
    rennes: ["drane-rennes@test.fr", "ACADEMIE", "DRANE", "14"],
    normandie: ["drane-normandie@test.fr", "ACADEMIE", "DRANE", "70"],
    chefGayeulles: ["chef-gayeulles@test.fr", "ETABLISSEMENT", "CHEF", UAI.gayeulles],
    chefOther: ["chef-other@test.fr", "ETABLISSEMENT", "CHEF", UAI.rennes35b],
  });
}
