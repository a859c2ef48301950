import "server-only";
import type { ScopeRef } from "@/lib/access/context";
import { isAppError } from "@/lib/errors";
import { equipmentExport } from "@/lib/inventory/export-equipment";
import { renewalItemsExport, renewalSummaryExport } from "@/lib/inventory/export-renewal-plan";
import { exportGaps } from "@/lib/inventory/gaps";
import { exportInventoryIndicators } from "@/lib/inventory/indicators";
import {
  ETABLISSEMENTS_EXPORT_HEADER,
  exportEtablissementsRows,
} from "@/lib/etablissements/export-etablissements";
import { getRouteAccessContext } from "@/app/_server/route-context";
import { spreadsheetExportResponse, textResponse } from "@/app/_http/download";

/** GET …/inventaire/export?format=csv|xlsx&<filtres>: the filtered equipment list of a space. */
export async function equipmentExportResponse(request: Request, scope: ScopeRef) {
  const ctx = await getRouteAccessContext(scope, "inventory.read");
  const url = new URL(request.url);
  const input = Object.fromEntries(url.searchParams);
  return spreadsheetExportResponse(url.searchParams, await equipmentExport(ctx, input, scope));
}

/**
 * GET …/inventaire/plan/export?vue=colleges|categories|liste&format=csv|xlsx&<filtres>: a summary
 * of the plan, or every equipment of the chosen slot; a wrong slot in the list is a 422.
 */
export async function renewalPlanExportResponse(request: Request, scope: ScopeRef) {
  const ctx = await getRouteAccessContext(scope, "inventory.read");
  const url = new URL(request.url);
  const input = Object.fromEntries(url.searchParams);
  const vue = url.searchParams.get("vue");
  if (vue !== "liste") {
    const by = vue === "categories" ? "categories" : "colleges";
    return spreadsheetExportResponse(
      url.searchParams,
      await renewalSummaryExport(ctx, input, scope, by),
    );
  }
  const sheet = await renewalItemsExport(ctx, input, scope).catch((error: unknown) => {
    if (isAppError(error) && error.code === "INVALID_INPUT") return error;
    throw error;
  });
  if (isAppError(sheet)) return textResponse(sheet.message, 422);
  return spreadsheetExportResponse(url.searchParams, sheet);
}

/**
 * GET …/inventaire/ecarts/export?format=csv|xlsx&<filtres de la page>: every collège's gaps, not
 * only one page. `baseName` names the file (no extension).
 */
export async function gapsExportResponse(request: Request, scope: ScopeRef, baseName: string) {
  const ctx = await getRouteAccessContext(scope, "inventory.read");
  const search = new URL(request.url).searchParams;
  const { header, rows } = await exportGaps(ctx, Object.fromEntries(search));
  return spreadsheetExportResponse(search, { baseName, sheetName: "Écarts", header, rows });
}

/** GET …/inventaire/indicateurs/export?format=csv|xlsx&<filtres de la page>: every collège's indicators. */
export async function indicatorsExportResponse(
  request: Request,
  scope: ScopeRef,
  baseName: string,
) {
  const ctx = await getRouteAccessContext(scope, "inventory.read");
  const search = new URL(request.url).searchParams;
  const { header, rows } = await exportInventoryIndicators(ctx, Object.fromEntries(search));
  return spreadsheetExportResponse(search, { baseName, sheetName: "Indicateurs", header, rows });
}

/** GET …/etablissements/export?format=csv|xlsx&<filtres>: the filtered registry, every page. */
export async function etablissementsExportResponse(
  request: Request,
  scope: ScopeRef,
  baseName: string,
) {
  const ctx = await getRouteAccessContext(scope, "etablissement.read");
  const search = new URL(request.url).searchParams;
  const rows = await exportEtablissementsRows(ctx, Object.fromEntries(search));
  return spreadsheetExportResponse(search, {
    baseName,
    sheetName: "Établissements",
    header: ETABLISSEMENTS_EXPORT_HEADER,
    rows,
  });
}
