import type { Metadata } from "next";
import Link from "next/link";
import { getPageAccessContext } from "@/lib/access/page-context";
import { modulesFor } from "@/lib/access/modules";
import { countEtablissements } from "@/lib/etablissements/list-etablissements";
import { summarizeEtablissementsByDepartement } from "@/lib/etablissements/get-etablissement";
import { plural } from "@/lib/format";
import { DepartementSummary } from "@/components/etablissements/departement-summary";
import { UpcomingModules } from "@/components/layout/upcoming-modules";

export const metadata: Metadata = { title: "Tableau de bord de la collectivité" };

export default async function CollectiviteHomePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await getPageAccessContext({ type: "COLLECTIVITE", code }, `/c/${code}`);
  const [counts, byDepartement] = await Promise.all([countEtablissements(ctx), summarizeEtablissementsByDepartement(ctx)]);
  return (
    <div className="space-y-8">
      <h1>Tableau de bord</h1>
      <section aria-labelledby="parc-titre" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="parc-titre">Collèges de la collectivité</h2>
        <p className="mt-2">
          {counts.total === 0
            ? "Aucun collège n'est encore rattaché à cette collectivité."
            : `${plural(counts.total, "collège ouvert", "collèges ouverts")} : ${plural(counts.public, "public")}, ${plural(counts.prive, "privé")}.`}
        </p>
        <DepartementSummary rows={byDepartement} listHref={`/c/${code}/etablissements`} />
        <p className="mt-3">
          <Link href={`/c/${code}/etablissements`}>Consulter le registre des établissements</Link>
        </p>
      </section>
      <UpcomingModules modules={modulesFor(ctx.scope.type, ctx.permissions)} />
    </div>
  );
}
