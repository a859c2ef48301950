import "server-only";
import { can, type AccessContext } from "@/lib/access/context";
import { exportFormatOf } from "@/lib/exports/spreadsheet";
import type { DashboardExport } from "@/lib/dashboards/dashboard-export";
import { getAssistanceMeasures } from "@/lib/assistance/measures";
import { assistanceExportKeySchema } from "@/lib/assistance/measures-schemas";
import { assistanceTable } from "@/lib/assistance/measures-tables";

/** Whether `?graphique=` names an assistance table (served by getAssistanceDashboardExport). */
export const isAssistanceExport = (search: URLSearchParams) =>
  assistanceExportKeySchema.safeParse(search.get("graphique")).success;

/**
 * ?graphique=assistance-…&partie=…&niveau=…&du=…&au=…&format=csv|xlsx on a dashboard's export
 * route: one table of the « Assistance » panel, rebuilt for the context with the panel's filters
 * and named after the space (`space`: its code or UAI) and the months. Null (the 404 page) for a
 * member without incident.read or a table they do not see.
 */
export async function getAssistanceDashboardExport(
  ctx: AccessContext,
  search: URLSearchParams,
  space: string,
  now: Date = new Date(),
): Promise<DashboardExport | null> {
  const key = assistanceExportKeySchema.safeParse(search.get("graphique"));
  if (!key.success || !can(ctx, "incident.read")) return null;
  const input = Object.fromEntries(
    ["partie", "niveau", "du", "au"].map((name) => [name, search.get(name) ?? undefined]),
  );
  const measures = await getAssistanceMeasures(ctx, input, now);
  const table = assistanceTable(measures, key.data);
  if (!table) return null;
  const { from, to } = measures.filters.period;
  const period = key.data === "assistance-stock" ? "" : `-${from}-${to}`;
  return {
    format: exportFormatOf(search),
    baseName: `tableau-de-bord-${key.data}-${space}${period}`,
    table,
  };
}
