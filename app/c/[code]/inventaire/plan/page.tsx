import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { RenewalPlanPage } from "@/components/inventory/plan/renewal-plan-page";

export const metadata: Metadata = { title: "Plan de renouvellement" };

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
    `/c/${code}/inventaire/plan`,
    "inventory.read",
  );
  return <RenewalPlanPage ctx={ctx} searchParams={await searchParams} />;
}
