import type { Metadata } from "next";
import { dossierPage } from "@/app/_pages/call-pages";

export const metadata: Metadata = { title: "Dossier d'appel à projets" };

export default dossierPage("a");
