import { equipmentExportResponse } from "@/lib/inventory/export-response";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return equipmentExportResponse(request, { type: "ACADEMIE", code });
}
