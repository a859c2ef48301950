import type { Metadata } from "next";
import { programmePage } from "@/app/_pages/programme-pages";

export const metadata: Metadata = { title: "Programme de déploiement" };

export default programmePage("a");
