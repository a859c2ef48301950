import type { Metadata } from "next";
import { InventoryListPage } from "@/components/inventory/inventory-pages";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Inventaire" };

export default spacePage("a", "inventaire", "inventory.read", ({ ctx, searchParams }) => {
  return <InventoryListPage ctx={ctx} searchParams={searchParams} />;
});
