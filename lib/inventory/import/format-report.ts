import { IMPORT_FIELDS, IMPORT_FIELD_LABELS } from "./fields";
import { MAPPING_SOURCE_LABELS } from "./detect-mapping";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import type { InventoryFileReport } from "./import-file";
import { encodingLine } from "@/lib/imports/decode-text";

/** The command-line report in French: mapping, counts per établissement, errors by line. */
export function formatInventoryReport(report: InventoryFileReport): string[] {
  const { summary } = report;
  const lines = [
    `Collectivité : ${report.collectivite}`,
    `Fichier ${report.format}, ${summary.rowCount} ligne(s) ; ${MAPPING_SOURCE_LABELS[report.mappingSource]}.`,
  ];
  if (summary.encoding) lines.push(encodingLine(summary.encoding));
  lines.push("Colonnes utilisées :");
  for (const field of IMPORT_FIELDS) {
    const column = report.mapping.columns[field];
    if (column) lines.push(`  ${IMPORT_FIELD_LABELS[field]} ← « ${column} »`);
  }
  if (report.mapping.defaultCategory)
    lines.push(`  Catégorie par défaut : ${CATEGORY_LABELS[report.mapping.defaultCategory]}`);
  if (summary.errorCount > 0) {
    lines.push(`Import refusé : ${summary.errorCount} erreur(s), rien n'a été enregistré.`);
    for (const error of summary.errors) lines.push(`  ${error}`);
    if (summary.errorCount > summary.errors.length)
      lines.push(`  … et ${summary.errorCount - summary.errors.length} autre(s) erreur(s).`);
    return lines;
  }
  for (const e of summary.etablissements) {
    lines.push(
      `  ${e.uai} ${e.name} : ${e.created} créé(s), ${e.updated} mis à jour, ${e.unchanged} inchangé(s)`,
    );
  }
  const { created, updated, unchanged } = summary.totals;
  lines.push(
    `Total : ${created} créé(s), ${updated} mis à jour, ${unchanged} inchangé(s), ${summary.etablissements.length} établissement(s).`,
  );
  lines.push(
    report.simulation
      ? "Simulation : rien n'a été enregistré."
      : report.written
        ? "Import enregistré."
        : "Rien n'a été enregistré.",
  );
  return lines;
}
