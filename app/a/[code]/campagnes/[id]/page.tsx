import type { Metadata } from "next";
import { campaignPage } from "@/app/_pages/campaign-pages";

export const metadata: Metadata = { title: "Campagne de besoins" };

export default campaignPage("a");
