import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { EquipmentPage } from "@/components/inventory/inventory-pages";

export const metadata: Metadata = { title: "Équipement" };

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
    `/e/${uai}/inventaire/${id}`,
    "inventory.read",
  );
  const { fait } = await searchParams;
  return <EquipmentPage ctx={ctx} id={id} done={typeof fait === "string" ? fait : undefined} />;
}
