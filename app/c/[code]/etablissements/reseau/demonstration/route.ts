import { tableExportResponse } from "@/app/_http/inventory-exports";
import { demoOperatorFile } from "@/lib/network/demo-file";

/** GET ?format=csv|xlsx: the demo's fictitious operator file, for the agent to import. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const names = { baseName: `reseau-operateur-fictif-${code}`, sheetName: "Relevé fictif" };
  return tableExportResponse(
    request,
    { type: "COLLECTIVITE", code },
    "network.manage",
    names,
    demoOperatorFile,
  );
}
