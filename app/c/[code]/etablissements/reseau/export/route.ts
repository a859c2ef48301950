import { tableExportResponse } from "@/app/_http/inventory-exports";
import { exportNetworkRows } from "@/lib/network/panel";

/** GET ?format=csv|xlsx: the network of the collectivité's collèges, in the import's columns. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const names = { baseName: `reseau-colleges-${code}`, sheetName: "Réseau" };
  return tableExportResponse(
    request,
    { type: "COLLECTIVITE", code },
    "etablissement.read",
    names,
    exportNetworkRows,
  );
}
