import type { Metadata } from "next";
import { listEtablissements } from "@/lib/etablissements/list-etablissements";
import { RegistryList } from "@/components/etablissements/registry-list";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Établissements" };

export default spacePage<"code">(
  "c",
  "etablissements",
  "etablissement.read",
  async ({ ctx, params, searchParams }) => {
    const { code } = params;
    const listHref = `/c/${code}/etablissements`;
    const result = await listEtablissements(ctx, searchParams);
    return <RegistryList {...result} listHref={listHref} detailHref={listHref} />;
  },
);
