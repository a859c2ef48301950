import type { Metadata } from "next";
import { PartyActionsSection } from "@/components/governance/party-actions-section";
import { can } from "@/lib/access/context";
import { getAcademieDashboard } from "@/lib/dashboards/academie-dashboard";
import { getConventionsToSign } from "@/lib/dashboards/academie-to-sign";
import { getAssistanceMeasures } from "@/lib/assistance/measures";
import { AcademieDashboardView } from "@/components/dashboards/academie/academie-dashboard-view";
import { dashboardPage } from "@/app/_pages/dashboard-page";

export const metadata: Metadata = { title: "Tableau de bord de l'académie" };

export default dashboardPage("a", async ({ ctx, searchParams, base }) => {
  const [dashboard, toSign, assistance] = await Promise.all([
    getAcademieDashboard(ctx, searchParams),
    getConventionsToSign(ctx),
    can(ctx, "incident.read") ? getAssistanceMeasures(ctx, searchParams) : null,
  ]);
  return (
    <div className="space-y-8">
      <AcademieDashboardView
        dashboard={dashboard}
        toSign={toSign}
        assistance={assistance}
        base={base}
        signer={can(ctx, "convention.sign")}
      />
      <PartyActionsSection ctx={ctx} />
    </div>
  );
});
