import type { Metadata } from "next";
import { EtablissementIndicatorsPage } from "@/components/inventory/indicators/etablissement-indicators-page";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Indicateurs du collège" };

export default spacePage("e", "inventaire/indicateurs", "inventory.read", ({ ctx }) => {
  return <EtablissementIndicatorsPage ctx={ctx} />;
});
