import type { Metadata } from "next";
import { visitsMonthPage } from "@/app/_pages/visit-pages";

export const metadata: Metadata = { title: "Tournées de maintenance" };

export default visitsMonthPage;
