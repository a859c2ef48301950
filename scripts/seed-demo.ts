import { db, disconnectDb } from "@/lib/db/client";
import { unsafeSeedDemo } from "@/prisma/seed/seed-demo";
import type { EtablissementImportReport } from "@/lib/imports/etablissements/import-etablissements";
import type { YearlyImportReport } from "@/lib/imports/effectifs/import-effectifs";

const line = (label: string, r: EtablissementImportReport) =>
  `${label} : ${r.created} créés, ${r.updated} mis à jour, ${r.unchanged} inchangés, ${r.closed} fermés, ${r.skipped} ignorés (hors collèges)`;

const yearlyLine = (label: string, r: YearlyImportReport) =>
  `${label} (rentrées ${r.rentrees.join(", ")}) : ${r.created} créés, ${r.updated} mis à jour, ${r.unchanged} inchangés, ` +
  `${r.unknown} ignorés (UAI hors des collèges en base)`;

async function main() {
  const started = Date.now();
  const report = await unsafeSeedDemo(db);
  console.log(line("Collèges de France", report.national));
  console.log(line("Annuaire Ille-et-Vilaine", report.annuaire35));
  console.log(yearlyLine("Effectifs Ille-et-Vilaine", report.effectifs35));
  console.log(yearlyLine("Indices de position sociale", report.ips));
  const byStatus = Object.entries(report.conventionsByStatus)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, n]) => `${n} ${status}`);
  console.log(
    `Conventions de démonstration (données fictives) : ${report.conventions} écrites${byStatus.length > 0 ? ` (historiques : ${byStatus.join(", ")})` : ""}`,
  );
  const { inventory } = report;
  console.log(
    `Inventaires de démonstration (données fictives) : ${inventory.equipment} équipements pour ${inventory.collectivites} collectivité(s), ` +
      `${inventory.effectifsEstimes} effectif(s) estimé(s)`,
  );
  const { budgets } = report;
  console.log(
    `Budgets de démonstration (données fictives) : ${budgets.lines} lignes et ${budgets.allocations} dotations pour ${budgets.collectivites} collectivité(s), ` +
      `${budgets.campaigns} campagne(s) de besoins et ${budgets.needs} besoin(s)`,
  );
  console.log(`Secteurs d'Ille-et-Vilaine et du Calvados : ${report.sectors} écrits`);
  const { incidents } = report;
  console.log(
    `Incidents de démonstration (données fictives) : ${incidents.incidents} pour ${incidents.colleges} collège(s), dont ${incidents.open} ouverts`,
  );
  console.log(
    `Tournées de démonstration (données fictives) : ${report.visits.visits} demi-journées, ` +
      `${report.visits.linked} incident(s) signalé(s) en visite`,
  );
  console.log(
    `Instances de gouvernance (personnes fictives) : ${report.governance.bodies} instance(s), ${report.governance.members} membre(s), ${report.governance.meetings} séance(s)`,
  );
  console.log(`Propositions de modification d'un brouillon (fictives) : ${report.proposals}`);
  console.log(`Bilans annuels figés (fictifs) : ${report.reviews}`);
  console.log(
    `Conventions collectivité–établissement (fictives, Ille-et-Vilaine) : ${report.epleConventions}`,
  );
  console.log(
    `Appels à projets (fictifs, Ille-et-Vilaine : un ouvert, un en instruction, un suivi) : ${report.calls}`,
  );
  console.log(
    `Programmes de déploiement par vagues (fictifs, Ille-et-Vilaine : un adopté en trois vagues, un en préparation) : ${report.programmes}`,
  );
  console.log(
    `Réseau des collèges publics (fictif, Ille-et-Vilaine : débits, Wi-Fi, contrats) : ${report.network}`,
  );
  console.log(`${report.accounts} comptes de démonstration prêts (mot de passe : Demo2026!)`);
  console.log(`Démonstration chargée en ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
