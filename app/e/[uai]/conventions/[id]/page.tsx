import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { ConventionPage } from "@/components/conventions/conventions-page";

export const metadata: Metadata = { title: "Convention" };

export default async function Page({
  params,
  searchParams,
}: {
  searchParams: Promise<{ fait?: string | string[] }>;
  params: Promise<{ uai: string } & { id: string }>;
}) {
  const { uai, id } = await params;
  const listHref = `/e/${uai.toUpperCase()}/conventions`;
  const ctx = await getPageAccessContext(
    { type: "ETABLISSEMENT", uai },
    `${listHref}/${id}`,
    "convention.read",
  );
  return (
    <ConventionPage
      ctx={ctx}
      listHref={listHref}
      conventionId={id}
      done={(await searchParams).fait}
    />
  );
}
