import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { EtablissementIndicatorsPage } from "@/components/inventory/indicators/etablissement-indicators-page";

export const metadata: Metadata = { title: "Indicateurs du collège" };

export default async function Page({ params }: { params: Promise<{ uai: string }> }) {
  const { uai } = await params;
  const ctx = await getPageAccessContext(
    { type: "ETABLISSEMENT", uai },
    `/e/${uai}/inventaire/indicateurs`,
    "inventory.read",
  );
  return <EtablissementIndicatorsPage ctx={ctx} />;
}
