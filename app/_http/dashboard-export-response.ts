import "server-only";
import { notFound } from "next/navigation";
import type { AccessContext, ScopeRef } from "@/lib/access/context";
import { getRouteAccessContext } from "@/app/_server/route-context";
import { dataTableResponse } from "@/app/_http/download";
import type { DashboardExport } from "@/lib/dashboards/dashboard-export";

/**
 * GET …/tableau-de-bord/export of each space: the member's context for the space in the URL, the
 * chart's table from lib/, sent as CSV or XLSX. Not a member, or nothing to export (an unknown key,
 * a module the member cannot read): the 404 page, like the dashboard itself.
 */
export async function dashboardExportResponse(
  scope: ScopeRef,
  request: Request,
  load: (ctx: AccessContext, search: URLSearchParams) => Promise<DashboardExport | null>,
): Promise<Response> {
  const ctx = await getRouteAccessContext(scope);
  const file = await load(ctx, new URL(request.url).searchParams);
  if (!file) notFound();
  return dataTableResponse(file.format, file.baseName, file.table);
}
