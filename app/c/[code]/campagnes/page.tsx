import type { Metadata } from "next";
import { campaignsPage } from "@/app/_pages/campaign-pages";

export const metadata: Metadata = { title: "Campagnes de besoins" };

export default campaignsPage("c");
