import type { Metadata } from "next";
import { PartyActionsSection } from "@/components/governance/party-actions-section";
import { notFound } from "next/navigation";
import { getEtablissement } from "@/lib/etablissements/get-etablissement";
import { getEtablissementHistory } from "@/lib/etablissements/get-etablissement-history";
import { getEtablissementDashboard } from "@/lib/dashboards/etablissement-dashboard";
import { EtablissementHistoryTables } from "@/components/etablissements/etablissement-history";
import { EtablissementIdentity } from "@/components/etablissements/etablissement-identity";
import { WaitingSection } from "@/components/dashboards/etablissement/waiting-section";
import { ConventionSection } from "@/components/dashboards/etablissement/convention-section";
import { InventorySection } from "@/components/dashboards/etablissement/inventory-section";
import { AllocationsSection } from "@/components/dashboards/etablissement/allocations-section";
import { NetworkSection } from "@/components/network/network-section";
import { getAssistanceMeasures } from "@/lib/assistance/measures";
import { AssistancePanel } from "@/components/assistance/assistance-panel";
import { dashboardPage } from "@/app/_pages/dashboard-page";

export const metadata: Metadata = { title: "Tableau de bord de l'établissement" };

export default dashboardPage<"uai">("e", async ({ ctx, params, searchParams }) => {
  const { uai } = params;
  const [etablissement, history, dashboard, assistance] = await Promise.all([
    getEtablissement(ctx, uai),
    getEtablissementHistory(ctx, uai),
    getEtablissementDashboard(ctx, searchParams),
    ctx.permissions.has("incident.read") ? getAssistanceMeasures(ctx, searchParams) : null,
  ]);
  if (!etablissement || !history) notFound();
  const own = etablissement.uai;
  return (
    <div className="space-y-8">
      <h1>Tableau de bord</h1>
      <WaitingSection
        uai={own}
        toSign={ctx.permissions.has("convention.sign") ? dashboard.toSign : null}
        campaigns={dashboard.campaigns}
        canSubmit={ctx.permissions.has("need.submit")}
        projects={dashboard.projects}
      />
      <PartyActionsSection ctx={ctx} />
      {dashboard.convention ? (
        <ConventionSection
          uai={own}
          inForce={dashboard.convention.inForce}
          inProgress={dashboard.convention.inProgress}
          equipment={dashboard.equipmentConvention}
        />
      ) : null}
      {dashboard.inventory ? <InventorySection uai={own} inventory={dashboard.inventory} /> : null}
      <NetworkSection ctx={ctx} uai={own} path={`/e/${own}`} />
      {dashboard.allocations ? (
        <AllocationsSection ctx={ctx} uai={own} allocations={dashboard.allocations} />
      ) : null}
      {assistance ? (
        <AssistancePanel
          m={assistance}
          action={`/e/${own}`}
          exportPath={`/e/${own}/tableau-de-bord/export`}
        />
      ) : null}
      <EtablissementIdentity etablissement={etablissement} />
      <EtablissementHistoryTables history={history} />
    </div>
  );
});
