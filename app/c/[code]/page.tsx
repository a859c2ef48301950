import type { Metadata } from "next";
import { PartyActionsSection } from "@/components/governance/party-actions-section";
import { can } from "@/lib/access/context";
import { countEtablissements } from "@/lib/etablissements/list-etablissements";
import { dashboardVariantOf, getAgentDashboard } from "@/lib/dashboards/collectivite-dashboard";
import { AgentDashboardView } from "@/components/dashboards/collectivite/agent-dashboard";
import { EluDashboardView } from "@/components/dashboards/collectivite/elu-dashboard";
import { dashboardPage } from "@/app/_pages/dashboard-page";
import { eluDashboardProps } from "@/app/_pages/elu-dashboard";

export const metadata: Metadata = { title: "Tableau de bord de la collectivité" };

export default dashboardPage<"code">("c", async (page) => {
  const { ctx, params, searchParams } = page;
  if (dashboardVariantOf(ctx) === "ELU")
    return <EluDashboardView {...await eluDashboardProps(page)} />;
  const [data, registry] = await Promise.all([
    getAgentDashboard(ctx, searchParams),
    can(ctx, "etablissement.read") ? countEtablissements(ctx) : Promise.resolve(null),
  ]);
  return (
    <div className="space-y-8">
      <AgentDashboardView ctx={ctx} code={params.code} data={data} registry={registry} />
      <PartyActionsSection ctx={ctx} />
    </div>
  );
});
