import type { Metadata } from "next";
import { planVisitsPage } from "@/app/_pages/visit-pages";

export const metadata: Metadata = { title: "Planifier des visites" };

export default planVisitsPage;
