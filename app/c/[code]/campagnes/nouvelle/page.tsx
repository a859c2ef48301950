import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { NewCampaignPage } from "@/components/campaigns/campaign-pages";

export const metadata: Metadata = { title: "Nouvelle campagne de besoins" };

export default async function Page({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    `/c/${code}/campagnes/nouvelle`,
    "campaign.manage",
  );
  return <NewCampaignPage ctx={ctx} />;
}
