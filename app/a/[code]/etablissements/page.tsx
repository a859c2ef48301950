import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { listEtablissements } from "@/lib/etablissements/list-etablissements";
import { summarizeEtablissementsByDepartement } from "@/lib/etablissements/get-etablissement";
import { RegistryList } from "@/components/etablissements/registry-list";

export const metadata: Metadata = { title: "Établissements" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AcademieEtablissementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: SearchParams;
}) {
  const { code } = await params;
  const listHref = `/a/${code}/etablissements`;
  const ctx = await getPageAccessContext(
    { type: "ACADEMIE", code },
    listHref,
    "etablissement.read",
  );
  const [result, departements] = await Promise.all([
    listEtablissements(ctx, await searchParams),
    summarizeEtablissementsByDepartement(ctx),
  ]);
  return (
    <RegistryList
      {...result}
      listHref={listHref}
      detailHref={listHref}
      departements={departements}
    />
  );
}
