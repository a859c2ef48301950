import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { ConventionsPage } from "@/components/conventions/conventions-page";

export const metadata: Metadata = { title: "Conventions" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: SearchParams;
}) {
  const { code } = await params;
  const listHref = `/c/${code}/conventions`;
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    listHref,
    "convention.read",
  );
  return <ConventionsPage ctx={ctx} listHref={listHref} searchParams={await searchParams} />;
}
