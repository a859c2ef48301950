import type { Metadata } from "next";
import { EquipmentPage } from "@/components/inventory/inventory-pages";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Équipement" };

export default spacePage<"code" | "id">(
  "a",
  (p) => `inventaire/${p.id}`,
  "inventory.read",
  ({ ctx, params, searchParams }) => {
    const { id } = params;
    const { fait } = searchParams;
    return <EquipmentPage ctx={ctx} id={id} done={typeof fait === "string" ? fait : undefined} />;
  },
);
