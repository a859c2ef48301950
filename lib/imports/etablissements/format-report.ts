import type { EtablissementImportReport } from "./import-etablissements";
import type { ImportError } from "@/lib/imports/row-errors";

const FORMATS: Record<string, string> = {
  geolocalisation: "adresse et géolocalisation des établissements",
  annuaire: "annuaire de l'éducation",
  inconnu: "format non reconnu",
};

const MAX_ERRORS_SHOWN = 200;

/** Why an import was refused, as French lines: the count, then the first 200 errors with their place. */
export function refusalLines(errors: readonly ImportError[]): string[] {
  const lines = [`Import refusé : ${errors.length} erreur(s), rien n'a été enregistré.`];
  const shown = errors.slice(0, MAX_ERRORS_SHOWN);
  for (const e of shown)
    lines.push(`  ligne ${e.line}${e.column ? `, colonne ${e.column}` : ""} : ${e.message}`);
  if (errors.length > shown.length)
    lines.push(`  … et ${errors.length - shown.length} autre(s) erreur(s)`);
  return lines;
}

/** The import report as French lines, for the CLI and the import page. */
export function formatImportReport(report: EtablissementImportReport): string[] {
  const lines = [
    `Fichier : ${FORMATS[report.format] ?? report.format}, ${report.total} collège(s) lu(s)`,
  ];
  if (report.errors.length > 0) return [...lines, ...refusalLines(report.errors)];
  lines.push(
    `${report.created} créé(s), ${report.updated} mis à jour, ${report.unchanged} inchangé(s), ${report.closed} fermé(s)`,
    `${report.skipped} ligne(s) ignorée(s) (hors collèges ou inconnus), ${report.duplicates} doublon(s) d'UAI`,
    report.dryRun ? "Simulation : rien n'a été enregistré." : "Import enregistré.",
  );
  return lines;
}
