import type { Metadata } from "next";
import { journalPage } from "@/app/_pages/journal-page";

export const metadata: Metadata = { title: "Journal d'audit" };

export default journalPage("c");
