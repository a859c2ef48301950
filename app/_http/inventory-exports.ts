import "server-only";
import type { AccessContext, ScopeRef } from "@/lib/access/context";
import type { Permission } from "@/lib/access/permissions";
import type { SpreadsheetExport } from "@/lib/download";
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

type Table = Pick<SpreadsheetExport, "header" | "rows">;

/** One table read with the page's filters (every page of it), as the download `?format=` asks for. */
export async function tableExportResponse(
  request: Request,
  scope: ScopeRef,
  permission: Permission,
  names: Pick<SpreadsheetExport, "baseName" | "sheetName">,
  read: (ctx: AccessContext, filters: Record<string, string>) => Promise<Table>,
) {
  const ctx = await getRouteAccessContext(scope, permission);
  const search = new URL(request.url).searchParams;
  const table = await read(ctx, Object.fromEntries(search));
  return spreadsheetExportResponse(search, { ...names, header: table.header, rows: table.rows });
}

/**
 * GET …/inventaire/ecarts/export?format=csv|xlsx&<filtres de la page>: every collège's gaps, not
 * only one page. `baseName` names the file (no extension).
 */
export function gapsExportResponse(request: Request, scope: ScopeRef, baseName: string) {
  const names = { baseName, sheetName: "Écarts" };
  return tableExportResponse(request, scope, "inventory.read", names, exportGaps);
}

/** GET …/inventaire/indicateurs/export?format=csv|xlsx&<filtres de la page>: every collège's indicators. */
export function indicatorsExportResponse(request: Request, scope: ScopeRef, baseName: string) {
  const names = { baseName, sheetName: "Indicateurs" };
  return tableExportResponse(request, scope, "inventory.read", names, exportInventoryIndicators);
}

/**
 * GET …/etablissements/export?format=csv|xlsx&<filtres>: the filtered registry, every page, in
 * « etablissements-<code> » (« etablissements-france » for the platform).
 */
export function etablissementsExportResponse(request: Request, scope: ScopeRef) {
  const names = {
    baseName: `etablissements-${"code" in scope ? scope.code : "france"}`,
    sheetName: "Établissements",
  };
  return tableExportResponse(request, scope, "etablissement.read", names, async (ctx, filters) => ({
    header: ETABLISSEMENTS_EXPORT_HEADER,
    rows: await exportEtablissementsRows(ctx, filters),
  }));
}
