import type { Metadata } from "next";
import { spacePage } from "@/components/layout/space-page";
import { ServicesPage } from "@/components/network/services-page";

export const metadata: Metadata = { title: "Catalogue des services numériques" };

export default spacePage("c", "etablissements/services", "etablissement.read", ({ ctx }) => (
  <ServicesPage ctx={ctx} />
));
