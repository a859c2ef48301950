import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { InventoryIndicatorsPage } from "@/components/inventory/indicators/indicators-page";

export const metadata: Metadata = { title: "Indicateurs du numérique" };

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
    { type: "ACADEMIE", code },
    `/a/${code}/inventaire/indicateurs`,
    "inventory.read",
  );
  return <InventoryIndicatorsPage ctx={ctx} searchParams={await searchParams} />;
}
