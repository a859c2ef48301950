import type { Metadata } from "next";
import { visitPage } from "@/app/_pages/visit-page";

export const metadata: Metadata = { title: "Visite de maintenance" };

export default visitPage;
