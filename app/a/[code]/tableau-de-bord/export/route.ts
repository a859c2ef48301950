import { dashboardExportResponse } from "@/app/_http/dashboard-export-response";
import { getAcademieDashboardExport } from "@/lib/dashboards/academie-export";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return dashboardExportResponse({ type: "ACADEMIE", code }, request, (ctx, search) =>
    getAcademieDashboardExport(ctx, search),
  );
}
