import type { Metadata } from "next";
import { SectorsListPage } from "@/components/sectors/sector-pages";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Secteurs" };

export default spacePage("c", "secteurs", "sector.manage", ({ ctx }) => (
  <SectorsListPage ctx={ctx} />
));
