import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { CampaignsListPage } from "@/components/campaigns/campaign-pages";

export const metadata: Metadata = { title: "Campagnes de besoins" };

export default async function Page({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await getPageAccessContext(
    { type: "ACADEMIE", code },
    `/a/${code}/campagnes`,
    "campaign.read",
  );
  return <CampaignsListPage ctx={ctx} />;
}
