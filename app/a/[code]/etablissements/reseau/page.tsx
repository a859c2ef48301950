import type { Metadata } from "next";
import { spacePage } from "@/components/layout/space-page";
import { AcademieNetworkPage } from "@/components/network/academie-network";

export const metadata: Metadata = { title: "Réseau des collèges par département" };

export default spacePage("a", "etablissements/reseau", "etablissement.read", ({ ctx }) => (
  <AcademieNetworkPage ctx={ctx} />
));
