import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPageAccessContext } from "@/lib/access/page-context";
import { getEtablissement } from "@/lib/etablissements/get-etablissement";
import { EtablissementIdentity } from "@/components/etablissements/etablissement-identity";

export const metadata: Metadata = { title: "Établissement" };

export default async function EtablissementPage({ params }: { params: Promise<{ code: string; uai: string }> }) {
  const { code, uai } = await params;
  const listHref = `/c/${code}/etablissements`;
  const ctx = await getPageAccessContext({ type: "COLLECTIVITE", code }, `${listHref}/${uai}`, "etablissement.read");
  const etablissement = await getEtablissement(ctx, uai);
  if (!etablissement) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={listHref}>← Retour au registre</Link>
      </p>
      <h1>{etablissement.name}</h1>
      <EtablissementIdentity etablissement={etablissement} />
    </div>
  );
}
