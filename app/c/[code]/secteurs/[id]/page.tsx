import type { Metadata } from "next";
import { SectorDetailPage } from "@/components/sectors/sector-pages";
import { itemPage } from "@/app/_pages/item-page";

export const metadata: Metadata = { title: "Secteur" };

export default itemPage("c", "secteurs", "sector.manage", ({ ctx, params }) => (
  <SectorDetailPage ctx={ctx} id={params.id} />
));
