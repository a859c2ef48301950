import type { Metadata } from "next";
import { getPageAccessContext } from "@/app/_server/page-access";
import { EtablissementDetail } from "@/components/etablissements/etablissement-detail";

export const metadata: Metadata = { title: "Établissement" };

export default async function PlateformeEtablissementPage({
  params,
}: {
  params: Promise<{ uai: string }>;
}) {
  const { uai } = await params;
  const listHref = "/plateforme/etablissements";
  const ctx = await getPageAccessContext(
    { type: "PLATFORM" },
    `${listHref}/${uai}`,
    "etablissement.read",
  );
  return <EtablissementDetail ctx={ctx} uai={uai} listHref={listHref} />;
}
