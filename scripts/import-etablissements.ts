import { readFile } from "node:fs/promises";
import path from "node:path";
import { db, disconnectDb } from "@/lib/db/client";
import { unsafeImportEtablissements } from "@/lib/imports/etablissements/import-etablissements";
import { formatImportReport } from "@/lib/imports/etablissements/format-report";
import { unsafeSyncReferentials } from "@/lib/referentials/sync-referentials";

const USAGE = `Usage : npm run import:etablissements -- [--dry-run] [--complete] [--source "MENJ, …, 2025"] <fichier.csv>
  --dry-run   affiche le rapport sans rien enregistrer
  --complete  le fichier liste tous les collèges des départements qu'il couvre : les absents sont fermés
  --source    provenance enregistrée sur chaque ligne (par défaut : le nom du fichier)`;

async function main() {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a === "--dry-run" || a === "--complete"));
  const sourceIndex = args.indexOf("--source");
  const source = sourceIndex >= 0 ? args[sourceIndex + 1] : undefined;
  const files = args.filter((a, i) => !a.startsWith("--") && (sourceIndex < 0 || i !== sourceIndex + 1));
  if (files.length !== 1 || (sourceIndex >= 0 && !source)) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const file = files[0]!;
  const text = await readFile(file, "utf8").catch(() => {
    throw new Error(`Fichier introuvable ou illisible : ${file}`);
  });
  // The referentials ship with the code: make sure they are in the database before matching.
  await unsafeSyncReferentials(db);
  const report = await unsafeImportEtablissements(db, text, {
    source: source ?? `MENJ, fichier ${path.basename(file)}`,
    complete: flags.has("--complete"),
    dryRun: flags.has("--dry-run"),
  });
  for (const line of formatImportReport(report)) console.log(line);
  if (report.errors.length > 0) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
