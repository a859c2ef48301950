import { db } from "@/lib/db/client";
import { unsafeImportEtablissements } from "@/lib/imports/etablissements/import-etablissements";
import { formatImportReport } from "@/lib/imports/etablissements/format-report";
import { unsafeSyncReferentials } from "@/lib/referentials/sync-referentials";
import { runImportCli } from "./import-cli";

const USAGE = `Usage : npm run import:etablissements -- [--dry-run] [--complete] [--source "MENJ, …, 2025"] <fichier.csv>
  --dry-run   affiche le rapport sans rien enregistrer
  --complete  le fichier liste tous les collèges des départements qu'il couvre : les absents sont fermés
  --source    provenance enregistrée sur chaque ligne (par défaut : le nom du fichier)`;

runImportCli(
  USAGE,
  ["--dry-run", "--complete"],
  async ({ text, fileName, dryRun, complete, source }) => {
    // The referentials ship with the code: make sure they are in the database before matching.
    await unsafeSyncReferentials(db);
    const report = await unsafeImportEtablissements(db, text, {
      source: source ?? `MENJ, fichier ${fileName}`,
      complete,
      dryRun,
    });
    for (const line of formatImportReport(report)) console.log(line);
    return report.errors.length === 0;
  },
);
