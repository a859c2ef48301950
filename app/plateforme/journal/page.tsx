import type { Metadata } from "next";
import { platformJournalPage } from "@/app/_pages/journal-page";

export const metadata: Metadata = { title: "Journal d'audit" };

export default platformJournalPage;
