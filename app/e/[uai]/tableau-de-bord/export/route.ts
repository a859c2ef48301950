import { dashboardExportResponse } from "@/app/_http/dashboard-export-response";
import { getEtablissementDashboardExport } from "@/lib/dashboards/etablissement-export";

export async function GET(request: Request, { params }: { params: Promise<{ uai: string }> }) {
  const { uai } = await params;
  return dashboardExportResponse({ type: "ETABLISSEMENT", uai }, request, (ctx, search) =>
    getEtablissementDashboardExport(ctx, search),
  );
}
