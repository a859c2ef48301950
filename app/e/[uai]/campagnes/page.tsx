import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { CampaignsListPage } from "@/components/campaigns/campaign-pages";

export const metadata: Metadata = { title: "Campagnes de besoins" };

export default async function Page({ params }: { params: Promise<{ uai: string }> }) {
  const { uai } = await params;
  const ctx = await getPageAccessContext(
    { type: "ETABLISSEMENT", uai },
    `/e/${uai}/campagnes`,
    "campaign.read",
  );
  return <CampaignsListPage ctx={ctx} />;
}
