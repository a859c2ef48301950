import "server-only";
import { notFound } from "next/navigation";
import { getAccessContext, type ScopeRef } from "@/lib/access/context";
import { exportFormatOf, spreadsheetResponse } from "@/lib/exports/spreadsheet";
import { EQUIPMENT_EXPORT_HEADER, exportEquipmentRows } from "@/lib/inventory/export-equipment";

/** GET …/inventaire/export?format=csv|xlsx&<filtres>: the filtered equipment list of a space. */
export async function equipmentExportResponse(
  request: Request,
  scope: ScopeRef,
): Promise<Response> {
  const ctx = await getAccessContext(scope);
  if (!ctx || !ctx.permissions.has("inventory.read")) notFound();
  const url = new URL(request.url);
  const rows = await exportEquipmentRows(ctx, Object.fromEntries(url.searchParams));
  const key =
    scope.type === "ETABLISSEMENT"
      ? scope.uai
      : scope.type === "PLATFORM"
        ? "plateforme"
        : scope.code;
  return spreadsheetResponse(
    exportFormatOf(url.searchParams),
    `inventaire-${key}`,
    EQUIPMENT_EXPORT_HEADER,
    rows,
    { sheetName: "Inventaire" },
  );
}
