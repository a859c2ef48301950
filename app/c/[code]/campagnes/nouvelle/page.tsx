import type { Metadata } from "next";
import { NewCampaignPage } from "@/components/campaigns/campaign-pages";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Nouvelle campagne de besoins" };

export default spacePage("c", "campagnes/nouvelle", "campaign.manage", ({ ctx }) => {
  return <NewCampaignPage ctx={ctx} />;
});
