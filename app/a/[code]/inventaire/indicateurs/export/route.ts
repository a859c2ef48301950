import { indicatorsExportResponse } from "@/app/_http/inventory-exports";

/** GET ?format=csv|xlsx&<filtres de la page>: every collège's indicators of the académie, every page. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return indicatorsExportResponse(request, { type: "ACADEMIE", code }, `indicateurs-a-${code}`);
}
