import "server-only";
import { CampaignDetailPage, CampaignsListPage } from "@/components/campaigns/campaign-pages";
import { spacePage, type Space } from "@/components/layout/space-page";

export const campaignsPage = (space: Space) =>
  spacePage(space, "campagnes", "campaign.read", ({ ctx }) => <CampaignsListPage ctx={ctx} />);

export const campaignPage = (space: Space) =>
  spacePage<"id">(
    space,
    (p) => `campagnes/${p.id}`,
    "campaign.read",
    ({ ctx, params, searchParams }) => (
      <CampaignDetailPage ctx={ctx} id={params.id} searchParams={searchParams} />
    ),
  );
