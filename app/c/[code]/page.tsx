import type { Metadata } from "next";
import { can } from "@/lib/access/context";
import { countEtablissements } from "@/lib/etablissements/list-etablissements";
import {
  dashboardVariantOf,
  getAgentDashboard,
  getEluDashboard,
} from "@/lib/dashboards/collectivite-dashboard";
import { AgentDashboardView } from "@/components/dashboards/collectivite/agent-dashboard";
import { EluDashboardView } from "@/components/dashboards/collectivite/elu-dashboard";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Tableau de bord de la collectivité" };

export default spacePage<"code">(
  "c",
  "",
  "dashboard.read",
  async ({ ctx, params, searchParams }) => {
    const { code } = params;
    const input = searchParams;
    const collectivite = ctx.scope.type === "COLLECTIVITE" ? ctx.scope.name : "";
    if (dashboardVariantOf(ctx) === "ELU") {
      return (
        <EluDashboardView
          ctx={ctx}
          code={code}
          collectivite={collectivite}
          data={await getEluDashboard(ctx, input)}
        />
      );
    }
    const [data, registry] = await Promise.all([
      getAgentDashboard(ctx, input),
      can(ctx, "etablissement.read") ? countEtablissements(ctx) : Promise.resolve(null),
    ]);
    return <AgentDashboardView ctx={ctx} code={code} data={data} registry={registry} />;
  },
);
