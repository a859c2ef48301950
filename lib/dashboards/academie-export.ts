import "server-only";
import { can, type AccessContext } from "@/lib/access/context";
import { exportFormatOf } from "@/lib/exports/spreadsheet";
import {
  academieExportQuerySchema,
  type AcademieChartKey,
} from "@/lib/dashboards/academie-schemas";
import { academieTable } from "@/lib/dashboards/academie-tables";
import { getAcademieDashboard } from "@/lib/dashboards/academie-dashboard";
import type { DashboardExport } from "@/lib/dashboards/dashboard-export";
import { academieCodeOf } from "@/lib/dashboards/academie-sql";
import { getAssistanceDashboardExport, isAssistanceExport } from "@/lib/assistance/measures-export";

/** The charts whose figures divide by the effectifs of the rentrée asked. */
const RENTREE_CHARTS: readonly AcademieChartKey[] = [
  "departements",
  "terminaux",
  "affichages",
  "colleges",
];

/**
 * ?graphique=<key>&departement=…&rentree=…&format=csv|xlsx: one chart's table, rebuilt for the
 * member's context with the page's filters. Null (the 404 page) for a member who cannot read the
 * dashboard, an unknown key, or the collèges' table without a valid département.
 */
export async function getAcademieDashboardExport(
  ctx: AccessContext,
  search: URLSearchParams,
  now = new Date(),
): Promise<DashboardExport | null> {
  if (!can(ctx, "dashboard.read")) return null;
  if (isAssistanceExport(search))
    return getAssistanceDashboardExport(ctx, search, `academie-${academieCodeOf(ctx)}`, now);
  const { graphique } = academieExportQuerySchema.parse({
    graphique: search.get("graphique") ?? undefined,
  });
  if (!graphique) return null;
  const dashboard = await getAcademieDashboard(
    ctx,
    {
      departement: search.get("departement") ?? undefined,
      rentree: search.get("rentree") ?? undefined,
    },
    now,
  );
  const table = academieTable(dashboard, graphique);
  if (!table) return null;
  const rentreeSuffix =
    dashboard.rentree !== null && RENTREE_CHARTS.includes(graphique)
      ? `-rentree-${dashboard.rentree}`
      : "";
  const suffix = `${dashboard.drill ? `-${dashboard.drill.code}` : ""}${rentreeSuffix}`;
  return {
    format: exportFormatOf(search),
    baseName: `tableau-de-bord-academie-${dashboard.academie.code}-${graphique}${suffix}`,
    table,
  };
}
