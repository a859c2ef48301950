import type { Metadata } from "next";
import { incidentPage } from "@/app/_pages/assistance-pages";

export const metadata: Metadata = { title: "Incident" };

export default incidentPage("e");
