import { incidentsExportResponse } from "@/app/_http/incident-exports";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return incidentsExportResponse(request, { type: "ACADEMIE", code });
}
