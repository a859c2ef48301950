import type { Metadata } from "next";
import { getPageAccessContext } from "@/app/_server/page-access";
import { ImportEtablissementsForm } from "@/components/imports/import-form";

export const metadata: Metadata = { title: "Importer des établissements" };

export default async function PlateformeImportPage() {
  await getPageAccessContext({ type: "PLATFORM" }, "/plateforme/import", "etablissement.import");
  return (
    <div className="space-y-4">
      <h1>Importer des établissements</h1>
      <p className="max-w-3xl text-slate-700">
        L&apos;import est tout ou rien : la moindre ligne invalide l&apos;annule, et le rapport
        indique chaque erreur avec sa ligne et sa colonne. Lancez d&apos;abord une simulation, lisez
        le rapport, puis décochez « Simulation » et importez le même fichier.
      </p>
      <ImportEtablissementsForm />
    </div>
  );
}
