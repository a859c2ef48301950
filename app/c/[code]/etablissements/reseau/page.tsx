import type { Metadata } from "next";
import { spacePage } from "@/components/layout/space-page";
import { NetworkPanelPage } from "@/components/network/network-panel";

export const metadata: Metadata = { title: "Réseau des collèges" };

export default spacePage("c", "etablissements/reseau", "etablissement.read", ({ ctx }) => (
  <NetworkPanelPage ctx={ctx} />
));
