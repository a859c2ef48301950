import type { Metadata } from "next";
import { registryPage } from "@/app/_pages/etablissement-pages";

export const metadata: Metadata = { title: "Établissements" };

export default registryPage("c", { byDepartement: false });
