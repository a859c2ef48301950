import { dashboardExportResponse } from "@/app/_http/dashboard-export-response";
import { getCollectiviteDashboardExport } from "@/lib/dashboards/collectivite-export";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return dashboardExportResponse({ type: "COLLECTIVITE", code }, request, (ctx, search) =>
    getCollectiviteDashboardExport(ctx, search),
  );
}
