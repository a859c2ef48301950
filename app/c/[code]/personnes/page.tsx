import type { Metadata } from "next";
import { membersPage } from "@/app/_pages/members-page";

export const metadata: Metadata = { title: "Personnes" };

export default membersPage("c");
