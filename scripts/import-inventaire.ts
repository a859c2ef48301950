import { readFile } from "node:fs/promises";
import path from "node:path";
import { db, disconnectDb } from "@/lib/db/client";
import { unsafeImportInventoryFile } from "@/lib/inventory/import/import-file";
import { formatInventoryReport } from "@/lib/inventory/import/format-report";
import { FILE_TOO_LARGE_MESSAGE, MAX_UPLOAD_BYTES } from "@/lib/imports/limits";

const USAGE = `Usage : npm run import:inventaire -- <fichier.csv|fichier.xlsx> --collectivite <code> [--simulation] [--enregistrer-mapping]
  --collectivite         code de la collectivité propriétaire (35 pour l'Ille-et-Vilaine)
  --simulation           affiche le rapport sans rien enregistrer
  --enregistrer-mapping  enregistre l'association des colonnes pour les prochains imports de la collectivité
Colonnes : mapping enregistré de la collectivité, sinon export des ordinateurs de GLPI, sinon noms de colonnes reconnus.
Tout ou rien : à la moindre erreur, rien n'est enregistré (code de sortie 1).`;

const FLAGS = ["--simulation", "--enregistrer-mapping"];

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const codeIndex = args.indexOf("--collectivite");
  const code = codeIndex >= 0 ? args[codeIndex + 1] : undefined;
  const files = args.filter((a, i) => !a.startsWith("--") && i !== codeIndex + 1);
  const unknown = args.filter(
    (a) => a.startsWith("--") && a !== "--collectivite" && !FLAGS.includes(a),
  );
  if (files.length !== 1 || !code || code.startsWith("--") || unknown.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const file = files[0]!;
  const bytes = await readFile(file).catch(() => {
    throw new Error(`Fichier introuvable ou illisible : ${file}`);
  });
  // The web import's limit: what the caps of the readers were sized for.
  if (bytes.length > MAX_UPLOAD_BYTES) throw new Error(FILE_TOO_LARGE_MESSAGE);
  const started = performance.now();
  const report = await unsafeImportInventoryFile(db, {
    collectiviteCode: code,
    bytes: new Uint8Array(bytes),
    fileName: path.basename(file),
    simulation: args.includes("--simulation"),
    saveMapping: args.includes("--enregistrer-mapping"),
    actor: { id: null, label: "ligne de commande" },
  });
  for (const line of formatInventoryReport(report)) console.log(line);
  console.log(`Durée : ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return report.summary.errorCount > 0 ? 1 : 0;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
