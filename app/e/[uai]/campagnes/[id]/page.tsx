import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { CampaignDetailPage } from "@/components/campaigns/campaign-pages";

export const metadata: Metadata = { title: "Campagne de besoins" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ uai: string; id: string }>;
  searchParams: SearchParams;
}) {
  const { uai, id } = await params;
  const ctx = await getPageAccessContext(
    { type: "ETABLISSEMENT", uai },
    `/e/${uai}/campagnes/${id}`,
    "campaign.read",
  );
  return <CampaignDetailPage ctx={ctx} id={id} searchParams={await searchParams} />;
}
