import { campaignNeedsExportResponse } from "@/app/_http/campaign-exports";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ uai: string; id: string }> },
) {
  const { uai, id } = await params;
  return campaignNeedsExportResponse(request, { type: "ETABLISSEMENT", uai }, id);
}
