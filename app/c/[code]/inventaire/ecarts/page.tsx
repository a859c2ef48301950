import type { Metadata } from "next";
import { InventoryGapsPage } from "@/components/inventory/gaps/gaps-page";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Écarts au référentiel d'équipement" };

export default spacePage("c", "inventaire/ecarts", "inventory.read", ({ ctx, searchParams }) => {
  return <InventoryGapsPage ctx={ctx} searchParams={searchParams} />;
});
