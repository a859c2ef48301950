import { etablissementsExportResponse } from "@/app/_http/inventory-exports";

/** GET ?format=csv|xlsx&<filtres de la page>: the collectivité's filtered registry, every page. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return etablissementsExportResponse(request, { type: "COLLECTIVITE", code });
}
