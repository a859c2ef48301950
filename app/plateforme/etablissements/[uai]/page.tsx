import type { Metadata } from "next";
import { platformEtablissementPage } from "@/app/_pages/etablissement-pages";

export const metadata: Metadata = { title: "Établissement" };

export default platformEtablissementPage;
