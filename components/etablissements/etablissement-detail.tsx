import Link from "next/link";
import { notFound } from "next/navigation";
import type { AccessContext } from "@/lib/access/context";
import { getEtablissement } from "@/lib/etablissements/get-etablissement";
import { EtablissementIdentity } from "@/components/etablissements/etablissement-identity";

/** One établissement of the registry as a space sees it; not in the space's scope → 404. */
export async function EtablissementDetail({ ctx, uai, listHref }: { ctx: AccessContext; uai: string; listHref: string }) {
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
