import type { Metadata } from "next";
import { platformRegistryPage } from "@/app/_pages/etablissement-pages";

export const metadata: Metadata = { title: "Registre national" };

export default platformRegistryPage;
