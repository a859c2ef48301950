import type { Metadata } from "next";
import { CampaignDetailPage } from "@/components/campaigns/campaign-pages";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Campagne de besoins" };

export default spacePage<"uai" | "id">(
  "e",
  (p) => `campagnes/${p.id}`,
  "campaign.read",
  ({ ctx, params, searchParams }) => {
    const { id } = params;
    return <CampaignDetailPage ctx={ctx} id={id} searchParams={searchParams} />;
  },
);
