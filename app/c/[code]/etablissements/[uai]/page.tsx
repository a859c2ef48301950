import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { EtablissementDetail } from "@/components/etablissements/etablissement-detail";

export const metadata: Metadata = { title: "Établissement" };

export default async function EtablissementPage({
  params,
}: {
  params: Promise<{ code: string; uai: string }>;
}) {
  const { code, uai } = await params;
  const listHref = `/c/${code}/etablissements`;
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    `${listHref}/${uai}`,
    "etablissement.read",
  );
  return <EtablissementDetail ctx={ctx} uai={uai} listHref={listHref} />;
}
