import type { Metadata } from "next";
import { collegeVisitsPage } from "@/app/_pages/visit-pages";

export const metadata: Metadata = { title: "Visites de maintenance" };

export default collegeVisitsPage;
