import { incidentsExportResponse } from "@/app/_http/incident-exports";

export async function GET(request: Request, { params }: { params: Promise<{ uai: string }> }) {
  const { uai } = await params;
  return incidentsExportResponse(request, { type: "ETABLISSEMENT", uai });
}
