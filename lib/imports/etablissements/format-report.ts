import type { EtablissementImportReport } from "./import-etablissements";

const FORMATS: Record<string, string> = {
  geolocalisation: "adresse et géolocalisation des établissements",
  annuaire: "annuaire de l'éducation",
  inconnu: "format non reconnu",
};

const MAX_ERRORS_SHOWN = 200;

/** The import report as French lines, for the CLI and the import page. */
export function formatImportReport(report: EtablissementImportReport): string[] {
  const lines = [
    `Fichier : ${FORMATS[report.format] ?? report.format}, ${report.total} collège(s) lu(s)`,
  ];
  if (report.errors.length > 0) {
    lines.push(`Import refusé : ${report.errors.length} erreur(s), rien n'a été enregistré.`);
    const shown = report.errors.slice(0, MAX_ERRORS_SHOWN);
    for (const e of shown)
      lines.push(`  ligne ${e.line}${e.column ? `, colonne ${e.column}` : ""} : ${e.message}`);
    if (report.errors.length > shown.length)
      lines.push(`  … et ${report.errors.length - shown.length} autre(s) erreur(s)`);
    return lines;
  }
  lines.push(
    `${report.created} créé(s), ${report.updated} mis à jour, ${report.unchanged} inchangé(s), ${report.closed} fermé(s)`,
    `${report.skipped} ligne(s) ignorée(s) (hors collèges ou inconnus), ${report.duplicates} doublon(s) d'UAI`,
    report.dryRun ? "Simulation : rien n'a été enregistré." : "Import enregistré.",
  );
  return lines;
}
