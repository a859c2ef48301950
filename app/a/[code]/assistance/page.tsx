import type { Metadata } from "next";
import { incidentQueuePage } from "@/app/_pages/assistance-pages";

export const metadata: Metadata = { title: "Assistance" };

export default incidentQueuePage("a");
