import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { EtablissementDotationsPage } from "@/components/budgets/allocations/etablissement-dotations";

export const metadata: Metadata = { title: "Dotations du collège" };

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
    `/e/${uai}/dotations`,
    "allocation.read",
  );
  return <EtablissementDotationsPage ctx={ctx} searchParams={await searchParams} />;
}
