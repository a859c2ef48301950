import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { InventoryListPage } from "@/components/inventory/inventory-pages";

export const metadata: Metadata = { title: "Inventaire" };

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
    `/c/${code}/inventaire`,
    "inventory.read",
  );
  return <InventoryListPage ctx={ctx} searchParams={await searchParams} />;
}
