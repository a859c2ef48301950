import { academieDashboardExportResponse } from "@/lib/dashboards/academie-dashboard";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return academieDashboardExportResponse(request, code);
}
