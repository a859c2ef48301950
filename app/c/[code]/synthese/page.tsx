import type { Metadata } from "next";
import { SyntheseView } from "@/components/dashboards/collectivite/synthese";
import { spacePage } from "@/components/layout/space-page";
import { eluDashboardProps } from "@/app/_pages/elu-dashboard";

export const metadata: Metadata = { title: "Synthèse imprimable" };

export default spacePage<"code">("c", "synthese", "dashboard.read", async (page) => (
  <SyntheseView {...await eluDashboardProps(page)} />
));
