import Link from "next/link";
import { notFound } from "next/navigation";
import type { AccessContext } from "@/lib/access/context";
import { getEtablissement } from "@/lib/etablissements/get-etablissement";
import { getEtablissementHistory } from "@/lib/etablissements/get-etablissement-history";
import { EtablissementHistoryTables } from "@/components/etablissements/etablissement-history";
import { EtablissementIdentity } from "@/components/etablissements/etablissement-identity";
import { EtablissementInventorySection } from "@/components/inventory/etablissement-inventory-section";
import { NetworkSection } from "@/components/network/network-section";

/** One établissement of the registry as a space sees it; not in the space's scope → 404. */
export async function EtablissementDetail({
  ctx,
  uai,
  listHref,
}: {
  ctx: AccessContext;
  uai: string;
  listHref: string;
}) {
  const [etablissement, history] = await Promise.all([
    getEtablissement(ctx, uai),
    getEtablissementHistory(ctx, uai),
  ]);
  if (!etablissement || !history) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={listHref}>← Retour au registre</Link>
      </p>
      <h1>{etablissement.name}</h1>
      <EtablissementIdentity etablissement={etablissement} />
      <EtablissementHistoryTables history={history} />
      <EtablissementInventorySection ctx={ctx} etablissement={etablissement} />
      <NetworkSection ctx={ctx} uai={etablissement.uai} path={`${listHref}/${etablissement.uai}`} />
    </div>
  );
}
