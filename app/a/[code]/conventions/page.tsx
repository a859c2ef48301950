import type { Metadata } from "next";
import { conventionsPage } from "@/app/_pages/convention-pages";

export const metadata: Metadata = { title: "Conventions" };

export default conventionsPage("a");
