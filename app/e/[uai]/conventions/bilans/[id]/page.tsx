import type { Metadata } from "next";
import { reviewPage } from "@/app/_pages/convention-pages";

export const metadata: Metadata = { title: "Bilan annuel de convention" };

export default reviewPage("e");
