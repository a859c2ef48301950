import "server-only";
import { can, type AccessContext } from "@/lib/access/context";
import type { Permission } from "@/lib/access/permissions";
import { exportFormatOf } from "@/lib/exports/spreadsheet";
import { getEtablissementIndicators } from "@/lib/inventory/indicators";
import { getEtablissementGaps } from "@/lib/inventory/gaps";
import {
  etablissementDashboardQuerySchema,
  etablissementExportKeySchema,
  type EtablissementDashboardQuery,
  type EtablissementExportKey,
} from "@/lib/dashboards/etablissement-schemas";
import {
  ageTable,
  allocationsTable,
  equipmentTable,
  matrixTable,
  referentialTable,
} from "@/lib/dashboards/etablissement-export-tables";
import { type EtablissementTable } from "@/lib/dashboards/etablissement-tables";
import { collegeOf, orNull } from "@/lib/dashboards/etablissement-college";
import { getCollegeConvention } from "@/lib/dashboards/etablissement-convention";
import { getCollegeAllocations } from "@/lib/dashboards/etablissement-dashboard";
import type { DashboardExport } from "@/lib/dashboards/dashboard-export";
import { getAssistanceDashboardExport, isAssistanceExport } from "@/lib/assistance/measures-export";

const EXPORT_PERMISSION: Record<EtablissementExportKey, Permission> = {
  equipements: "inventory.read",
  anciennete: "inventory.read",
  referentiel: "inventory.read",
  dotations: "allocation.read",
  matrice: "convention.read",
};

/**
 * One chart's table, rebuilt for the context from the same loaders as the page, with what names
 * its file beyond the key (the exercice); null when the page does not show the chart.
 */
async function exportTable(
  ctx: AccessContext,
  key: EtablissementExportKey,
  query: EtablissementDashboardQuery,
  now: Date,
): Promise<(EtablissementTable & { fileSuffix?: string }) | null> {
  switch (key) {
    case "equipements":
    case "anciennete": {
      const indicators = await orNull(getEtablissementIndicators(ctx, collegeOf(ctx).uai, now));
      if (!indicators) return null;
      return key === "equipements" ? equipmentTable(indicators) : ageTable(indicators);
    }
    case "referentiel": {
      const gaps = await orNull(getEtablissementGaps(ctx, collegeOf(ctx).uai, now));
      return gaps?.row.gaps
        ? referentialTable(gaps.row.gaps, gaps.row.name, gaps.collectivite.name)
        : null;
    }
    case "dotations": {
      const allocations = await getCollegeAllocations(ctx, query, now);
      return { ...allocationsTable(allocations), fileSuffix: `-${allocations.exercice}` };
    }
    case "matrice": {
      const { inForce, inProgress } = await getCollegeConvention(ctx, now);
      const convention = inForce ?? inProgress;
      return convention && convention.matrix.length > 0 ? matrixTable(convention) : null;
    }
  }
}

/**
 * ?graphique=<key>&format=csv|xlsx&exercice=…: one chart's data. Null (the 404 page) for an
 * unknown key, a chart the member may not read or one with nothing to show.
 */
export async function getEtablissementDashboardExport(
  ctx: AccessContext,
  search: URLSearchParams,
  now: Date = new Date(),
): Promise<DashboardExport | null> {
  if (!can(ctx, "dashboard.read")) return null;
  if (isAssistanceExport(search))
    return getAssistanceDashboardExport(ctx, search, collegeOf(ctx).uai, now);
  const key = etablissementExportKeySchema.safeParse(search.get("graphique"));
  if (!key.success || !can(ctx, EXPORT_PERMISSION[key.data])) return null;
  const query = etablissementDashboardQuerySchema.parse({ exercice: search.get("exercice") });
  const table = await exportTable(ctx, key.data, query, now);
  if (!table) return null;
  return {
    format: exportFormatOf(search),
    baseName: `tableau-de-bord-${table.key}-${collegeOf(ctx).uai}${table.fileSuffix ?? ""}`,
    table,
  };
}
