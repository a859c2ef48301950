import { equipmentExportResponse } from "@/app/_http/inventory-exports";

export async function GET(request: Request, { params }: { params: Promise<{ uai: string }> }) {
  const { uai } = await params;
  return equipmentExportResponse(request, { type: "ETABLISSEMENT", uai });
}
