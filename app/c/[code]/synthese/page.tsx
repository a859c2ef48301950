import type { Metadata } from "next";
import { getEluDashboard } from "@/lib/dashboards/collectivite-dashboard";
import { SyntheseView } from "@/components/dashboards/collectivite/synthese";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Synthèse imprimable" };

export default spacePage<"code">(
  "c",
  "synthese",
  "dashboard.read",
  async ({ ctx, params, searchParams }) => {
    const { code } = params;
    const collectivite = ctx.scope.type === "COLLECTIVITE" ? ctx.scope.name : "";
    return (
      <SyntheseView
        ctx={ctx}
        code={code}
        collectivite={collectivite}
        data={await getEluDashboard(ctx, searchParams)}
      />
    );
  },
);
