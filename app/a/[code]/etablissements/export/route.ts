import { notFound } from "next/navigation";
import { getAccessContext } from "@/lib/access/context";
import {
  ETABLISSEMENTS_EXPORT_HEADER,
  exportEtablissementsRows,
} from "@/lib/etablissements/export-etablissements";
import { downloadResponse } from "@/app/_http/download";
import { exportFormatOf, spreadsheetFile } from "@/lib/exports/spreadsheet";

/** GET …/etablissements/export?format=csv|xlsx&<filtres>: the filtered registry, every page. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await getAccessContext({ type: "ACADEMIE", code });
  if (!ctx || !ctx.permissions.has("etablissement.read")) notFound();
  const url = new URL(request.url);
  const rows = await exportEtablissementsRows(ctx, Object.fromEntries(url.searchParams));
  return downloadResponse(
    await spreadsheetFile(
      exportFormatOf(url.searchParams),
      `etablissements-${code}`,
      ETABLISSEMENTS_EXPORT_HEADER,
      rows,
      { sheetName: "Établissements" },
    ),
  );
}
