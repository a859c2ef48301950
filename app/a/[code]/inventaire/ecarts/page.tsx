import type { Metadata } from "next";
import { gapsPage } from "@/app/_pages/inventory-pages";

export const metadata: Metadata = { title: "Écarts au référentiel d'équipement" };

export default gapsPage("a");
