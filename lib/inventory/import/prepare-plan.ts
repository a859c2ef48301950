import { loadImportReference } from "./load-reference";
import { planInventoryImport, type ImportPlan } from "./plan-import";
import { summariseImportPlan, type ImportSummary } from "./summary";
import type { ImportMapping } from "./fields";
import type { MappingSource } from "./detect-mapping";
import type { InventoryFile } from "./read-inventory-file";

type Client = Parameters<typeof loadImportReference>[0];

/**
 * Checks a file against the collectivité's current établissements and equipment. Without a UAI
 * column nothing can be checked: the plan holds one error saying which column to choose.
 */
export async function prepareImportPlan(
  client: Client,
  collectiviteId: string,
  file: InventoryFile,
  mapping: ImportMapping,
  source: MappingSource,
  now: Date,
): Promise<{ plan: ImportPlan; summary: ImportSummary }> {
  let plan: ImportPlan;
  if (!mapping.columns.uai) {
    plan = {
      rowCount: file.records.length,
      creates: [],
      updates: [],
      unchanged: 0,
      perEtablissement: [],
      sample: [],
      unknownCategories: [],
      fields: [],
      errors: [
        "Aucune colonne du fichier n'a été reconnue comme l'UAI de l'établissement : choisissez-la dans le mapping puis recalculez l'aperçu.",
      ],
    };
  } else {
    const reference = await loadImportReference(client, collectiviteId);
    plan = planInventoryImport({
      header: file.header,
      records: file.records,
      mapping,
      ...reference,
      now,
    });
  }
  return { plan, summary: summariseImportPlan(plan, file.header, source, now, file.encoding) };
}
