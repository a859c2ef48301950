import { renewalPlanExportResponse } from "@/lib/inventory/export-renewal-plan";

export async function GET(request: Request, { params }: { params: Promise<{ uai: string }> }) {
  const { uai } = await params;
  return renewalPlanExportResponse(request, { type: "ETABLISSEMENT", uai });
}
