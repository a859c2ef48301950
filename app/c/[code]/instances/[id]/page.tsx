import type { Metadata } from "next";
import { bodyPage } from "@/app/_pages/governance-pages";

export const metadata: Metadata = { title: "Instance" };

export default bodyPage("c");
