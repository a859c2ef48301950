import "server-only";
import { CampaignDetailPage, CampaignsListPage } from "@/components/campaigns/campaign-pages";
import { spacePage, type Space } from "@/components/layout/space-page";
import { itemPage } from "@/app/_pages/item-page";

export const campaignsPage = (space: Space) =>
  spacePage(space, "campagnes", "campaign.read", ({ ctx }) => <CampaignsListPage ctx={ctx} />);

export const campaignPage = (space: Space) =>
  itemPage(space, "campagnes", "campaign.read", ({ ctx, params, searchParams }) => (
    <CampaignDetailPage ctx={ctx} id={params.id} searchParams={searchParams} />
  ));
