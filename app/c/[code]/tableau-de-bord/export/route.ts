import { collectiviteDashboardExportResponse } from "@/lib/dashboards/collectivite-tables";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return collectiviteDashboardExportResponse(request, code);
}
