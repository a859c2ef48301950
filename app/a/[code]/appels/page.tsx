import type { Metadata } from "next";
import { callsPage } from "@/app/_pages/call-pages";

export const metadata: Metadata = { title: "Appels à projets" };

export default callsPage("a");
