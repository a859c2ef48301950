import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { InventoryGapsPage } from "@/components/inventory/gaps/gaps-page";

export const metadata: Metadata = { title: "Écarts au référentiel d'équipement" };

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
    `/c/${code}/inventaire/ecarts`,
    "inventory.read",
  );
  return <InventoryGapsPage ctx={ctx} searchParams={await searchParams} />;
}
