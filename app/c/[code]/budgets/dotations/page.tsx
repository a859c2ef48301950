import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { CollectiviteDotationsPage } from "@/components/budgets/allocations/dotations-page";

export const metadata: Metadata = { title: "Attributions aux collèges" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: SearchParams;
}) {
  const { code } = await params;
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    `/c/${code}/budgets/dotations`,
    "budget.read",
  );
  return <CollectiviteDotationsPage ctx={ctx} searchParams={await searchParams} />;
}
