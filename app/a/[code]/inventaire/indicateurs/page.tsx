import type { Metadata } from "next";
import { indicatorsPage } from "@/app/_pages/inventory-pages";

export const metadata: Metadata = { title: "Indicateurs du numérique" };

export default indicatorsPage("a");
