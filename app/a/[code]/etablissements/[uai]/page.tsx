import type { Metadata } from "next";
import { etablissementPage } from "@/app/_pages/etablissement-pages";

export const metadata: Metadata = { title: "Établissement" };

export default etablissementPage("a");
