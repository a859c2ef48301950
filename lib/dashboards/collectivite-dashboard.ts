import "server-only";
import { db } from "@/lib/db/client";
import { can, type AccessContext } from "@/lib/access/context";
import type { Permission } from "@/lib/access/permissions";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { todayInParis } from "@/lib/dates";
import { listEffectifRentrees } from "@/lib/inventory/college-counts";
import { currentParisYear } from "@/lib/dates";
import { getBudgetSummary, type BudgetSummary } from "@/lib/budgets/budget-summary";
import { getEluView, type EluView } from "@/lib/budgets/elu-view";
import { getAgePyramid, type AgePyramid } from "@/lib/dashboards/age-pyramid";
import { equityOf, type Equity } from "@/lib/dashboards/equity-map";
import { collectiviteDashboardQuerySchema } from "@/lib/dashboards/collectivite-schemas";
import { collectiviteOf } from "@/lib/dashboards/collectivite-of";
import {
  type Fleet,
  type RenewalDue,
  getFleet,
  getRenewalDue,
} from "@/lib/dashboards/collectivite-fleet";
import {
  type ConventionsOverview,
  getConventionsOverview,
} from "@/lib/dashboards/collectivite-conventions";
import { type OpenCampaign, getOpenCampaigns } from "@/lib/dashboards/collectivite-campaigns";
import { type FundedProjects, getFundedProjects } from "@/lib/dashboards/collectivite-projects";
import { getAssistanceMeasures, type AssistanceMeasures } from "@/lib/assistance/measures";

/*
 * The collectivité dashboard (`/c/[code]`): every figure is an aggregate of the database within the
 * context's collectivité, read through the lib function of the list it summarises where one exists.
 * Modules the member cannot read come back null and are not shown.
 */

// ─── Which dashboard ───

/** Acting on conventions, inventory, budgets or campaigns: the operational dashboard. */
const OPERATIONAL: readonly Permission[] = [
  "convention.write",
  "convention.sign",
  "inventory.write",
  "budget.write",
  "campaign.manage",
  "need.arbitrate",
];

/**
 * Members who can act (agents, administrators, signataires) get the operational dashboard; members
 * who only read (élus) get the budget story and the equity across collèges. Decided on permissions,
 * not role names, so a member holding both roles keeps the tools they can use.
 */
export function dashboardVariantOf(ctx: Pick<AccessContext, "permissions">): "AGENT" | "ELU" {
  return OPERATIONAL.some((p) => ctx.permissions.has(p)) ? "AGENT" : "ELU";
}

interface DashboardFrame {
  /** The day the figures are read (Paris). */
  today: Date;
  exercice: number;
  /** The rentrée whose effectifs the equipment ratios use; null for each collège's latest effectif. */
  rentree: number | null;
}

/** The day, the exercice (`?exercice=`, else the current year) and the rentrée of the effectifs (`?rentree=`, else the latest) of the figures. */
export function dashboardFrameOf(input: unknown, now: Date): DashboardFrame {
  const query = collectiviteDashboardQuerySchema.parse(input ?? {});
  return {
    today: todayInParis(now),
    exercice: query.exercice ?? currentParisYear(now),
    rentree: query.rentree ?? null,
  };
}

const when = <T>(allowed: boolean, load: () => Promise<T>): Promise<T | null> =>
  allowed ? load() : Promise.resolve(null);

export interface AgentDashboard extends DashboardFrame {
  /** The rentrées with effectifs in the collectivité, newest first (the rentrée filter); null without inventory access. */
  rentrees: number[] | null;
  fleet: Fleet | null;
  pyramid: AgePyramid | null;
  renewal: RenewalDue | null;
  conventions: ConventionsOverview | null;
  campaigns: OpenCampaign[] | null;
  budget: BudgetSummary | null;
  /** Inventory imports left at the preview step, waiting to be confirmed; null without inventory.write. */
  pendingImports: number | null;
  /** The assistance measures with the URL's filters; null without incident.read. */
  assistance: AssistanceMeasures | null;
}

/** The agent's dashboard: fleet, age pyramid, gaps, renewal, conventions, campaigns, budget execution. */
export async function getAgentDashboard(
  ctx: AccessContext,
  input: unknown,
  now: Date = new Date(),
): Promise<AgentDashboard> {
  collectiviteOf(ctx);
  const frame = dashboardFrameOf(input, now);
  const inventory = can(ctx, "inventory.read");
  const [
    fleet,
    rentrees,
    pyramid,
    renewal,
    conventions,
    campaigns,
    budget,
    pendingImports,
    assistance,
  ] = await Promise.all([
    when(inventory, () => getFleet(ctx, now, frame.rentree)),
    when(inventory, () => listEffectifRentrees(ctx)),
    when(inventory, () => getAgePyramid(ctx, now)),
    when(inventory, () => getRenewalDue(ctx, now)),
    when(can(ctx, "convention.read"), () => getConventionsOverview(ctx, now)),
    when(can(ctx, "campaign.read"), () => getOpenCampaigns(ctx, now)),
    when(can(ctx, "budget.read"), () => getBudgetSummary(ctx, { exercice: frame.exercice }, now)),
    when(can(ctx, "inventory.write"), () =>
      db.equipmentImport.count({
        where: { collectiviteId: collectiviteOf(ctx).id, status: "APERCU" },
      }),
    ),
    when(can(ctx, "incident.read"), () => getAssistanceMeasures(ctx, input, now)),
  ]);
  return {
    ...frame,
    rentrees,
    fleet,
    pyramid,
    renewal,
    conventions,
    campaigns,
    budget,
    pendingImports,
    assistance,
  };
}

export interface EluDashboard extends DashboardFrame {
  /** As AgentDashboard's. */
  rentrees: number[] | null;
  budget: EluView | null;
  fleet: Fleet | null;
  equity: Equity | null;
  conventions: ConventionsOverview | null;
  campaigns: OpenCampaign[] | null;
  projects: FundedProjects | null;
}

/** The fleet and, from the same counts and the open public collèges' coordinates, the equity ranking and map (over the effectifs of `rentree`). */
export async function getEquity(
  ctx: AccessContext,
  now: Date = new Date(),
  rentree: number | null = null,
): Promise<{ fleet: Fleet; equity: Equity }> {
  const [fleet, coordinates] = await Promise.all([
    getFleet(ctx, now, rentree),
    db.etablissement.findMany({
      where: { AND: [etablissementScopeWhere(ctx), { secteur: "PUBLIC", etat: "OUVERT" }] },
      select: { id: true, latitude: true, longitude: true },
    }),
  ]);
  return { fleet, equity: equityOf(fleet.colleges, coordinates) };
}

/** The élu's dashboard (and the printable summary): the budget story, equity across collèges, conventions, campaigns. */
export async function getEluDashboard(
  ctx: AccessContext,
  input: unknown,
  now: Date = new Date(),
): Promise<EluDashboard> {
  collectiviteOf(ctx);
  const frame = dashboardFrameOf(input, now);
  const inventory = can(ctx, "inventory.read");
  const [budget, fleetAndEquity, rentrees, conventions, campaigns, projects] = await Promise.all([
    when(can(ctx, "budget.read"), () => getEluView(ctx, { exercice: frame.exercice }, now)),
    when(inventory, () => getEquity(ctx, now, frame.rentree)),
    when(inventory, () => listEffectifRentrees(ctx)),
    when(can(ctx, "convention.read"), () => getConventionsOverview(ctx, now)),
    when(can(ctx, "campaign.read"), () => getOpenCampaigns(ctx, now)),
    when(can(ctx, "call.read"), () => getFundedProjects(ctx)),
  ]);
  return {
    ...frame,
    rentrees,
    budget,
    fleet: fleetAndEquity?.fleet ?? null,
    equity: fleetAndEquity?.equity ?? null,
    conventions,
    campaigns,
    projects,
  };
}
