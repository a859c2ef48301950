import { gapsExportResponse } from "@/app/_http/inventory-exports";

/** GET ?format=csv|xlsx&<filtres de la page>: every collège's gaps of the collectivité, every page. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return gapsExportResponse(
    request,
    { type: "COLLECTIVITE", code },
    `ecarts-referentiel-c-${code}`,
  );
}
