import { campaignNeedsExportResponse } from "@/app/_http/campaign-exports";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ code: string; id: string }> },
) {
  const { code, id } = await params;
  return campaignNeedsExportResponse(request, { type: "ACADEMIE", code }, id);
}
