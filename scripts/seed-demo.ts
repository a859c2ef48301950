import { db, disconnectDb } from "@/lib/db/client";
import { unsafeSeedDemo } from "@/lib/demo/seed-demo";
import type { EtablissementImportReport } from "@/lib/imports/etablissements/import-etablissements";

const line = (label: string, r: EtablissementImportReport) =>
  `${label} : ${r.created} créés, ${r.updated} mis à jour, ${r.unchanged} inchangés, ${r.closed} fermés, ${r.skipped} ignorés (hors collèges)`;

async function main() {
  const started = Date.now();
  const report = await unsafeSeedDemo(db);
  console.log(line("Collèges de France", report.national));
  console.log(line("Annuaire Ille-et-Vilaine", report.annuaire35));
  console.log(`${report.accounts} comptes de démonstration prêts (mot de passe : Demo2026!)`);
  console.log(`Démonstration chargée en ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
