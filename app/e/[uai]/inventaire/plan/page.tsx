import type { Metadata } from "next";
import { renewalPlanPage } from "@/app/_pages/inventory-pages";

export const metadata: Metadata = { title: "Plan de renouvellement" };

export default renewalPlanPage("e");
