import type { Metadata } from "next";
import { equipmentPage } from "@/app/_pages/inventory-pages";

export const metadata: Metadata = { title: "Équipement" };

export default equipmentPage("e");
