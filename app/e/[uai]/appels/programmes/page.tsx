import type { Metadata } from "next";
import { programmesPage } from "@/app/_pages/programme-pages";

export const metadata: Metadata = { title: "Programmes de déploiement" };

export default programmesPage("e");
