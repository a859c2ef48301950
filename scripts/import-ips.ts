import { readFile } from "node:fs/promises";
import path from "node:path";
import { db, disconnectDb } from "@/lib/db/client";
import { formatYearlyImportReport } from "@/lib/imports/effectifs/import-effectifs";
import { unsafeImportIps } from "@/lib/imports/ips/import-ips";

const USAGE = `Usage : npm run import:ips -- [--dry-run] [--source "MENJ – DEPP, …"] <fichier.csv>
  --dry-run   affiche le rapport sans rien enregistrer
  --source    provenance enregistrée sur chaque ligne (par défaut : le nom du fichier)
Les collèges doivent déjà être en base (npm run import:etablissements -- data/colleges-france.csv).`;

async function main() {
  const args = process.argv.slice(2);
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
  // Rows are matched to établissements by UAI: on an empty registry every row would be « ignorée ».
  if ((await db.etablissement.count()) === 0) {
    throw new Error("Aucun établissement en base : importez d'abord les collèges (npm run import:etablissements -- data/colleges-france.csv).");
  }
  const report = await unsafeImportIps(db, text, {
    source: source ?? `MENJ – DEPP, fichier ${path.basename(file)}`,
    dryRun: args.includes("--dry-run"),
  });
  for (const line of formatYearlyImportReport("Indices de position sociale", report)) console.log(line);
  if (report.errors.length > 0) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
