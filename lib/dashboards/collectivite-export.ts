import "server-only";
import { can, type AccessContext } from "@/lib/access/context";
import { exportFormatOf } from "@/lib/exports/spreadsheet";
import { getBudgetSummary } from "@/lib/budgets/budget-summary";
import { getEluView } from "@/lib/budgets/elu-view";
import { getAgePyramid } from "@/lib/dashboards/age-pyramid";
import { eluTable } from "@/lib/budgets/elu-tables";
import { dashboardFrameOf, getEquity } from "@/lib/dashboards/collectivite-dashboard";
import { getFleet, getRenewalDue } from "@/lib/dashboards/collectivite-fleet";
import { getConventionsOverview } from "@/lib/dashboards/collectivite-conventions";
import { getOpenCampaigns } from "@/lib/dashboards/collectivite-campaigns";
import { collectiviteOf } from "@/lib/dashboards/collectivite-of";
import type { DashboardExport } from "@/lib/dashboards/dashboard-export";
import { getAssistanceDashboardExport, isAssistanceExport } from "@/lib/assistance/measures-export";
import {
  COLLECTIVITE_EXPORT_PERMISSIONS,
  collectiviteExportKeySchema,
  type CollectiviteExportKey,
} from "@/lib/dashboards/collectivite-schemas";
import {
  type Table,
  conventionsTable,
  gapsTable,
  indicatorsTable,
  pyramidCategoriesTable,
  pyramidTable,
  renewalTable,
} from "@/lib/dashboards/collectivite-tables";
import {
  autorisationsTable,
  campaignsTable,
  equityTable,
  executionTable,
} from "@/lib/dashboards/collectivite-budget-tables";

/** Rebuilds one table for the context, from the same lib functions as the page, with its filters. */
async function tableFor(
  ctx: AccessContext,
  key: CollectiviteExportKey,
  { exercice, rentree }: { exercice: number; rentree: number | null },
  now: Date,
): Promise<Table> {
  const budgetInput = { exercice };
  switch (key) {
    case "indicateurs":
      return indicatorsTable(await getFleet(ctx, now, rentree));
    case "pyramide":
      return pyramidTable(await getAgePyramid(ctx, now));
    case "pyramide-categories":
      return pyramidCategoriesTable(await getAgePyramid(ctx, now));
    case "ecarts":
      return gapsTable(await getFleet(ctx, now));
    case "renouvellement":
      return renewalTable(await getRenewalDue(ctx, now));
    case "equite":
    case "carte":
      return equityTable((await getEquity(ctx, now, rentree)).equity, key === "carte", rentree);
    case "conventions":
      return conventionsTable(await getConventionsOverview(ctx, now));
    case "campagne":
      return campaignsTable(await getOpenCampaigns(ctx, now));
    case "execution":
      return executionTable(await getBudgetSummary(ctx, budgetInput, now));
    case "budget-categories":
      return { ...eluTable(await getEluView(ctx, budgetInput, now), "categories"), key };
    case "eleve":
      return { ...eluTable(await getEluView(ctx, budgetInput, now), "eleve"), key };
    case "ap":
      return autorisationsTable(await getEluView(ctx, budgetInput, now));
  }
}

const BUDGET_KEYS: readonly CollectiviteExportKey[] = [
  "execution",
  "budget-categories",
  "eleve",
  "ap",
];
/** The tables whose ratios divide by the effectifs of the rentrée asked. */
const RENTREE_KEYS: readonly CollectiviteExportKey[] = ["indicateurs", "equite", "carte"];

/** The file name's suffix: the exercice of a budget table, the rentrée of a table of ratios when one is asked. */
function fileSuffix(key: CollectiviteExportKey, exercice: number, rentree: number | null): string {
  if (BUDGET_KEYS.includes(key)) return `-${exercice}`;
  return RENTREE_KEYS.includes(key) && rentree !== null ? `-rentree-${rentree}` : "";
}

/**
 * ?graphique=<key>&format=csv|xlsx&exercice=…&rentree=…: one chart's table (the assistance panel's
 * through measures-export.ts). Null (the 404 page,
 * like the page) for an unknown key or a module the member cannot read.
 */
export async function getCollectiviteDashboardExport(
  ctx: AccessContext,
  search: URLSearchParams,
  now: Date = new Date(),
): Promise<DashboardExport | null> {
  if (isAssistanceExport(search))
    return getAssistanceDashboardExport(ctx, search, collectiviteOf(ctx).code, now);
  const parsed = collectiviteExportKeySchema.safeParse(search.get("graphique"));
  if (!parsed.success || !can(ctx, COLLECTIVITE_EXPORT_PERMISSIONS[parsed.data])) return null;
  const key = parsed.data;
  const code = collectiviteOf(ctx).code;
  const filters = dashboardFrameOf(
    {
      exercice: search.get("exercice") ?? undefined,
      rentree: search.get("rentree") ?? undefined,
    },
    now,
  );
  const table = await tableFor(ctx, key, filters, now);
  return {
    format: exportFormatOf(search),
    baseName: `tableau-de-bord-${key}-${code}${fileSuffix(key, filters.exercice, filters.rentree)}`,
    table,
  };
}
