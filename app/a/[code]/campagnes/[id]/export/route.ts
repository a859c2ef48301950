import { campaignNeedsExportResponse } from "@/lib/campaigns/export-needs";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ code: string; id: string }> },
) {
  const { code, id } = await params;
  return campaignNeedsExportResponse(request, { type: "ACADEMIE", code }, id);
}
