import type { Metadata } from "next";
import { bodiesPage } from "@/app/_pages/governance-pages";

export const metadata: Metadata = { title: "Instances" };

export default bodiesPage("c");
