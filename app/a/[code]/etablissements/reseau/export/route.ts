import { tableExportResponse } from "@/app/_http/inventory-exports";
import { exportAcademieNetwork } from "@/lib/network/academie-view";

/** GET ?format=csv|xlsx: the académie's départements side by side. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const names = { baseName: `reseau-academie-${code}`, sheetName: "Réseau" };
  return tableExportResponse(
    request,
    { type: "ACADEMIE", code },
    "etablissement.read",
    names,
    exportAcademieNetwork,
  );
}
