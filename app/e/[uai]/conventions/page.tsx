import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { ConventionsPage } from "@/components/conventions/conventions-page";

export const metadata: Metadata = { title: "Conventions" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ uai: string }>;
  searchParams: SearchParams;
}) {
  const { uai } = await params;
  const listHref = `/e/${uai.toUpperCase()}/conventions`;
  const ctx = await getPageAccessContext(
    { type: "ETABLISSEMENT", uai },
    listHref,
    "convention.read",
  );
  return <ConventionsPage ctx={ctx} listHref={listHref} searchParams={await searchParams} />;
}
