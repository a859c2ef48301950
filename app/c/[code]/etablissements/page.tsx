import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { listEtablissements } from "@/lib/etablissements/list-etablissements";
import { RegistryList } from "@/components/etablissements/registry-list";

export const metadata: Metadata = { title: "Établissements" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CollectiviteEtablissementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: SearchParams;
}) {
  const { code } = await params;
  const listHref = `/c/${code}/etablissements`;
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    listHref,
    "etablissement.read",
  );
  const result = await listEtablissements(ctx, await searchParams);
  return <RegistryList {...result} listHref={listHref} detailHref={listHref} />;
}
