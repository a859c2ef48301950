import { notFound } from "next/navigation";
import { getAccessContext } from "@/lib/access/context";
import {
  ETABLISSEMENTS_EXPORT_HEADER,
  exportEtablissementsRows,
} from "@/lib/etablissements/export-etablissements";
import { downloadResponse } from "@/app/_http/download";
import { exportFormatOf, spreadsheetFile } from "@/lib/exports/spreadsheet";

/** GET /plateforme/etablissements/export?format=csv|xlsx&<filtres>: the filtered national registry, every page. */
export async function GET(request: Request) {
  const ctx = await getAccessContext({ type: "PLATFORM" });
  if (!ctx || !ctx.permissions.has("etablissement.read")) notFound();
  const url = new URL(request.url);
  const rows = await exportEtablissementsRows(ctx, Object.fromEntries(url.searchParams));
  return downloadResponse(
    await spreadsheetFile(
      exportFormatOf(url.searchParams),
      "etablissements-france",
      ETABLISSEMENTS_EXPORT_HEADER,
      rows,
      { sheetName: "Établissements" },
    ),
  );
}
