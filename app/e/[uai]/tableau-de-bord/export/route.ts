import { etablissementDashboardExportResponse } from "@/lib/dashboards/etablissement-dashboard";

export async function GET(request: Request, { params }: { params: Promise<{ uai: string }> }) {
  const { uai } = await params;
  return etablissementDashboardExportResponse(request, uai);
}
