import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPageAccessContext } from "@/lib/access/page-context";
import { modulesFor } from "@/lib/access/modules";
import { getEtablissement } from "@/lib/etablissements/get-etablissement";
import { getEtablissementHistory } from "@/lib/etablissements/get-etablissement-history";
import { EtablissementHistoryTables } from "@/components/etablissements/etablissement-history";
import { EtablissementIdentity } from "@/components/etablissements/etablissement-identity";
import { UpcomingModules } from "@/components/layout/upcoming-modules";

export const metadata: Metadata = { title: "Tableau de bord de l'établissement" };

export default async function EtablissementHomePage({ params }: { params: Promise<{ uai: string }> }) {
  const { uai } = await params;
  const ctx = await getPageAccessContext({ type: "ETABLISSEMENT", uai }, `/e/${uai}`);
  const [etablissement, history] = await Promise.all([getEtablissement(ctx, uai), getEtablissementHistory(ctx, uai)]);
  if (!etablissement || !history) notFound();
  return (
    <div className="space-y-8">
      <h1>Tableau de bord</h1>
      <EtablissementIdentity etablissement={etablissement} />
      <EtablissementHistoryTables history={history} />
      <UpcomingModules modules={modulesFor(ctx.scope.type, ctx.permissions)} />
    </div>
  );
}
