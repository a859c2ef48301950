import type { Metadata } from "next";
import { InventoryIndicatorsPage } from "@/components/inventory/indicators/indicators-page";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Indicateurs du numérique" };

export default spacePage(
  "c",
  "inventaire/indicateurs",
  "inventory.read",
  ({ ctx, searchParams }) => {
    return <InventoryIndicatorsPage ctx={ctx} searchParams={searchParams} />;
  },
);
