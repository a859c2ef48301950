import type { Metadata } from "next";
import { CampaignsListPage } from "@/components/campaigns/campaign-pages";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Campagnes de besoins" };

export default spacePage("e", "campagnes", "campaign.read", ({ ctx }) => {
  return <CampaignsListPage ctx={ctx} />;
});
