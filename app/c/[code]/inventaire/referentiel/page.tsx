import type { Metadata } from "next";
import { ReferentialPage } from "@/components/inventory/referential/referential-page";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Référentiel d'équipement" };

export default spacePage(
  "c",
  "inventaire/referentiel",
  "inventory.read",
  ({ ctx, searchParams }) => {
    const { fait } = searchParams;
    return <ReferentialPage ctx={ctx} done={typeof fait === "string" ? fait : undefined} />;
  },
);
