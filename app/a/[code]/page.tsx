import type { Metadata } from "next";
import Link from "next/link";
import { getPageAccessContext } from "@/lib/access/page-context";
import { modulesFor } from "@/lib/access/modules";
import { summarizeEtablissementsByDepartement } from "@/lib/etablissements/get-etablissement";
import { DepartementSummary } from "@/components/etablissements/departement-summary";
import { UpcomingModules } from "@/components/layout/upcoming-modules";

export const metadata: Metadata = { title: "Tableau de bord de l'académie" };

export default async function AcademieHomePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await getPageAccessContext({ type: "ACADEMIE", code }, `/a/${code}`);
  const byDepartement = await summarizeEtablissementsByDepartement(ctx);
  return (
    <div className="space-y-8">
      <h1>Tableau de bord</h1>
      <section aria-labelledby="deps-titre" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="deps-titre">Collèges de l&apos;académie par département</h2>
        <DepartementSummary rows={byDepartement} listHref={`/a/${code}/etablissements`} />
        <p className="mt-3">
          <Link href={`/a/${code}/etablissements`}>Consulter le registre des établissements</Link>
        </p>
      </section>
      <UpcomingModules modules={modulesFor(ctx.scope.type, ctx.permissions)} />
    </div>
  );
}
