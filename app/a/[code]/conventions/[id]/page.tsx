import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { ConventionPage } from "@/components/conventions/conventions-page";

export const metadata: Metadata = { title: "Convention" };

export default async function Page({
  params,
  searchParams,
}: {
  searchParams: Promise<{ fait?: string | string[] }>;
  params: Promise<{ code: string } & { id: string }>;
}) {
  const { code, id } = await params;
  const listHref = `/a/${code}/conventions`;
  const ctx = await getPageAccessContext(
    { type: "ACADEMIE", code },
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
