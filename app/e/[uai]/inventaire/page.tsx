import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { InventoryListPage } from "@/components/inventory/inventory-pages";

export const metadata: Metadata = { title: "Inventaire" };

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
    `/e/${uai}/inventaire`,
    "inventory.read",
  );
  return <InventoryListPage ctx={ctx} searchParams={await searchParams} />;
}
