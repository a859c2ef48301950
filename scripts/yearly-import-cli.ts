import { db, type Db } from "@/lib/db/client";
import {
  formatYearlyImportReport,
  type YearlyImportReport,
} from "@/lib/imports/effectifs/import-effectifs";
import { runImportCli } from "./import-cli";

type YearlyImport = (
  database: Db,
  text: string,
  options: { source: string; dryRun?: boolean },
) => Promise<YearlyImportReport>;

/** The effectifs and IPS commands: per-rentrée figures matched to the collèges already imported. */
export function runYearlyImportCli(command: string, title: string, importFile: YearlyImport): void {
  const usage = `Usage : npm run ${command} -- [--dry-run] [--source "MENJ – DEPP, …"] <fichier.csv>
  --dry-run   affiche le rapport sans rien enregistrer
  --source    provenance enregistrée sur chaque ligne (par défaut : le nom du fichier)
Les collèges doivent déjà être en base (npm run import:etablissements -- data/colleges-france.csv).`;
  runImportCli(usage, ["--dry-run"], async ({ text, fileName, dryRun, source }) => {
    // Rows are matched to établissements by UAI: on an empty registry every row would be « ignorée ».
    if ((await db.etablissement.count()) === 0) {
      throw new Error(
        "Aucun établissement en base : importez d'abord les collèges (npm run import:etablissements -- data/colleges-france.csv).",
      );
    }
    const report = await importFile(db, text, {
      source: source ?? `MENJ – DEPP, fichier ${fileName}`,
      dryRun,
    });
    for (const line of formatYearlyImportReport(title, report)) console.log(line);
    return report.errors.length === 0;
  });
}
