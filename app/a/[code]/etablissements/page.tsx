import type { Metadata } from "next";
import { listEtablissements } from "@/lib/etablissements/list-etablissements";
import { summarizeEtablissementsByDepartement } from "@/lib/etablissements/get-etablissement";
import { RegistryList } from "@/components/etablissements/registry-list";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Établissements" };

export default spacePage<"code">(
  "a",
  "etablissements",
  "etablissement.read",
  async ({ ctx, params, searchParams }) => {
    const { code } = params;
    const listHref = `/a/${code}/etablissements`;
    const [result, departements] = await Promise.all([
      listEtablissements(ctx, searchParams),
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
  },
);
