import { createHash } from "node:crypto";

/** How a generated inventory's import is named: pages say « données fictives » for this format. */
export const DEMO_IMPORT_FORMAT = "DEMO";
export const DEMO_IMPORT_FILE_NAME = "Inventaire de démonstration (données fictives)";

/** One collège of a generated inventory: its UAI, the effectif the inventory was sized on, its rows. */
export interface GeneratedCollege {
  uai: string;
  effectif: number;
  rows: readonly { category: string }[];
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The EquipmentImport columns of a generated inventory (demo and benchmark alike): recorded, its
 * « file » a description (its first line `head`, then one line per collège) that gives its hash,
 * and the summary the import pages read, every row created.
 */
export function demoImportRecord(
  head: string,
  colleges: readonly GeneratedCollege[],
  referenceDate: Date,
) {
  const categories: Record<string, number> = {};
  for (const c of colleges)
    for (const r of c.rows) categories[r.category] = (categories[r.category] ?? 0) + 1;
  const created = colleges.reduce((n, c) => n + c.rows.length, 0);
  const description = [
    head,
    ...colleges.map((c) => `${c.uai};${c.effectif};${c.rows.length}`),
  ].join("\n");
  const summary = {
    created,
    updated: 0,
    unchanged: 0,
    errors: [],
    etablissements: colleges.map((c) => ({
      uai: c.uai,
      created: c.rows.length,
      updated: 0,
      unchanged: 0,
    })),
    categories,
    donneesFictives: true,
    dateReference: isoDay(referenceDate),
  };
  return {
    status: "ENREGISTRE" as const,
    fileName: DEMO_IMPORT_FILE_NAME,
    format: DEMO_IMPORT_FORMAT,
    sha256: createHash("sha256").update(description).digest("hex"),
    mapping: {},
    rowCount: created,
    summary,
  };
}
