import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { ReferentialPage } from "@/components/inventory/referential/referential-page";

export const metadata: Metadata = { title: "Référentiel d'équipement" };

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ fait?: string | string[] }>;
}) {
  const { code } = await params;
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    `/c/${code}/inventaire/referentiel`,
    "inventory.read",
  );
  const { fait } = await searchParams;
  return <ReferentialPage ctx={ctx} done={typeof fait === "string" ? fait : undefined} />;
}
