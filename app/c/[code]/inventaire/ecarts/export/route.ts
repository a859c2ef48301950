import { notFound } from "next/navigation";
import { getAccessContext } from "@/lib/access/context";
import { downloadResponse } from "@/app/_http/download";
import { exportFormatOf, spreadsheetFile } from "@/lib/exports/spreadsheet";
import { exportGaps } from "@/lib/inventory/gaps";

/** GET ?format=csv|xlsx&<filtres de la page>: every collège's gaps, not only one page. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await getAccessContext({ type: "COLLECTIVITE", code });
  if (!ctx || !ctx.permissions.has("inventory.read")) notFound();
  const url = new URL(request.url);
  const { header, rows } = await exportGaps(ctx, Object.fromEntries(url.searchParams));
  return downloadResponse(
    await spreadsheetFile(
      exportFormatOf(url.searchParams),
      `ecarts-referentiel-c-${code}`,
      header,
      rows,
      { sheetName: "Écarts" },
    ),
  );
}
