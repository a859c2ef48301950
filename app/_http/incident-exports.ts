import "server-only";
import type { ScopeRef } from "@/lib/access/context";
import { incidentsExport } from "@/lib/assistance/export-incidents";
import { getRouteAccessContext } from "@/app/_server/route-context";
import { spreadsheetExportResponse } from "@/app/_http/download";

/** GET …/assistance/export?format=csv|xlsx&<filtres de la file>: every incident the filters select. */
export async function incidentsExportResponse(request: Request, scope: ScopeRef) {
  const ctx = await getRouteAccessContext(scope, "incident.read");
  const url = new URL(request.url);
  const input = Object.fromEntries(url.searchParams);
  return spreadsheetExportResponse(url.searchParams, await incidentsExport(ctx, input, scope));
}
