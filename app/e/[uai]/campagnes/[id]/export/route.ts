import { campaignNeedsExportResponse } from "@/lib/campaigns/export-needs";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ uai: string; id: string }> },
) {
  const { uai, id } = await params;
  return campaignNeedsExportResponse(request, { type: "ETABLISSEMENT", uai }, id);
}
