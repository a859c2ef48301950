import type { Metadata } from "next";
import { inventoryPage } from "@/app/_pages/inventory-pages";

export const metadata: Metadata = { title: "Inventaire" };

export default inventoryPage("e");
