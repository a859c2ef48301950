import type { Metadata } from "next";
import { ReferentialPage } from "@/components/inventory/referential/referential-page";
import { spacePage } from "@/components/layout/space-page";
import { searchParam } from "@/app/_pages/search-param";

export const metadata: Metadata = { title: "Référentiel d'équipement" };

export default spacePage(
  "c",
  "inventaire/referentiel",
  "inventory.read",
  ({ ctx, searchParams }) => <ReferentialPage ctx={ctx} done={searchParam(searchParams, "fait")} />,
);
