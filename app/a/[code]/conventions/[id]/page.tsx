import type { Metadata } from "next";
import { conventionPage } from "@/app/_pages/convention-pages";

export const metadata: Metadata = { title: "Convention" };

export default conventionPage("a");
