import { equipmentExportResponse } from "@/app/_http/inventory-exports";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return equipmentExportResponse(request, { type: "COLLECTIVITE", code });
}
