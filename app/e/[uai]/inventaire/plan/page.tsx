import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { RenewalPlanPage } from "@/components/inventory/plan/renewal-plan-page";

export const metadata: Metadata = { title: "Plan de renouvellement" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ uai: string }>;
  searchParams: SearchParams;
}) {
  const { uai } = await params;
  const ctx = await getPageAccessContext(
    { type: "ETABLISSEMENT", uai },
    `/e/${uai}/inventaire/plan`,
    "inventory.read",
  );
  return <RenewalPlanPage ctx={ctx} searchParams={await searchParams} />;
}
