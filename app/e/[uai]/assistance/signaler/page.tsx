import type { Metadata } from "next";
import { reportIncidentPage } from "@/app/_pages/assistance-pages";

export const metadata: Metadata = { title: "Signaler un incident" };

export default reportIncidentPage("e");
