import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { EquipmentPage } from "@/components/inventory/inventory-pages";

export const metadata: Metadata = { title: "Équipement" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ code: string; id: string }>;
  searchParams: SearchParams;
}) {
  const { code, id } = await params;
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    `/c/${code}/inventaire/${id}`,
    "inventory.read",
  );
  const { fait } = await searchParams;
  return <EquipmentPage ctx={ctx} id={id} done={typeof fait === "string" ? fait : undefined} />;
}
