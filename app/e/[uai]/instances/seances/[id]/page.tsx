import type { Metadata } from "next";
import { meetingPage } from "@/app/_pages/governance-pages";

export const metadata: Metadata = { title: "Séance d'instance" };

export default meetingPage("e");
