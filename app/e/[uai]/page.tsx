import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPageAccessContext } from "@/lib/access/page-context";
import { modulesFor } from "@/lib/access/modules";
import { getEtablissement } from "@/lib/etablissements/get-etablissement";
import { EtablissementIdentity } from "@/components/etablissements/etablissement-identity";
import { UpcomingModules } from "@/components/layout/upcoming-modules";

export const metadata: Metadata = { title: "Tableau de bord de l'établissement" };

export default async function EtablissementHomePage({ params }: { params: Promise<{ uai: string }> }) {
  const { uai } = await params;
  const ctx = await getPageAccessContext({ type: "ETABLISSEMENT", uai }, `/e/${uai}`);
  const etablissement = await getEtablissement(ctx, uai);
  if (!etablissement) notFound();
  return (
    <div className="space-y-8">
      <h1>Tableau de bord</h1>
      <EtablissementIdentity etablissement={etablissement} />
      <UpcomingModules modules={modulesFor(ctx.scope.type, ctx.permissions)} />
    </div>
  );
}
