import type { Metadata } from "next";
import { EtablissementDetail } from "@/components/etablissements/etablissement-detail";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Établissement" };

export default spacePage<"code" | "uai">(
  "a",
  (p) => `etablissements/${p.uai}`,
  "etablissement.read",
  ({ ctx, params }) => {
    const { code, uai } = params;
    const listHref = `/a/${code}/etablissements`;
    return <EtablissementDetail ctx={ctx} uai={uai} listHref={listHref} />;
  },
);
