import type { Metadata } from "next";
import { callPage } from "@/app/_pages/call-pages";

export const metadata: Metadata = { title: "Appel à projets" };

export default callPage("e");
