import type { Metadata } from "next";
import { getPageAccessContext } from "@/app/_server/page-access";
import { listEtablissements } from "@/lib/etablissements/list-etablissements";
import { summarizeEtablissementsByDepartement } from "@/lib/etablissements/get-etablissement";
import { RegistryList } from "@/components/etablissements/registry-list";

export const metadata: Metadata = { title: "Registre national" };

export default async function PlateformeEtablissementsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const listHref = "/plateforme/etablissements";
  const ctx = await getPageAccessContext({ type: "PLATFORM" }, listHref, "etablissement.read");
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
