import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { assertCan, can, type AccessContext } from "@/lib/access/context";
import type { Permission } from "@/lib/access/permissions";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { parisToday } from "@/lib/conventions/machine";
import { conventionScopeWhere } from "@/lib/conventions/scope-where";
import { getConventionCoverage, type CoverageRow } from "@/lib/conventions/coverage";
import { campaignPhase, type CampaignPhase } from "@/lib/campaigns/rules";
import {
  aggregateIndicators,
  collegeCountsInScope,
  computeIndicators,
  listEffectifRentrees,
  sortRows,
  withIndicators,
  type IndicatorAggregate,
  type IndicatorRow,
} from "@/lib/inventory/indicators";
import { computeGaps, totalGaps, type GapResult, type GapTotals } from "@/lib/inventory/gaps";
import { loadReferentials } from "@/lib/inventory/referential";
import { NATIONAL_REFERENCES } from "@/lib/inventory/national-references";
import { getRenewalTotals, type PlanCell } from "@/lib/inventory/renewal-plan";
import { currentParisYear } from "@/lib/inventory/renewal-rules";
import { getBudgetSummary, type BudgetSummary } from "@/lib/budgets/budget-summary";
import { getEluView, type EluView } from "@/lib/budgets/elu-view";
import { getAgePyramid, type AgePyramid } from "@/lib/dashboards/age-pyramid";
import { equityOf, type Equity } from "@/lib/dashboards/equity-map";
import { collectiviteDashboardQuerySchema } from "@/lib/dashboards/collectivite-schemas";

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

function collectiviteOf(ctx: AccessContext) {
  if (ctx.scope.type !== "COLLECTIVITE") throw new AppError("FORBIDDEN");
  return ctx.scope;
}

// ─── Fleet: indicators and gaps from one GROUP BY ───

export type FleetCollege = IndicatorRow & { gaps: GapResult | null };

export interface Fleet {
  /** The rentrée whose effectifs the ratios use; null for each collège's latest effectif. */
  rentree: number | null;
  /** Over the effectifs of `rentree`, as the indicator page with the same `?rentree=`. */
  aggregate: IndicatorAggregate;
  /** Every open public collège, by name, its ratios over the effectifs of `rentree`. */
  colleges: IndicatorRow[];
  /** The collèges in gap that would cost the most to bring to the référentiel (the gap list's default order). */
  furthest: FleetCollege[];
  /** Gaps are measured on each collège's latest effectif whatever `rentree`, as the gap list does. */
  gapTotals: GapTotals;
  references: typeof NATIONAL_REFERENCES;
}

export const FURTHEST_COUNT = 10;

/**
 * Indicators and gaps of the collectivité's collèges, from the same counts as the indicator and gap
 * pages. The ratios use the effectifs of `rentree` (the latest without one); the gaps always use
 * the latest effectif, since the gap list has no rentrée axis and measures what is missing today:
 * a past rentrée therefore reads the counts twice, in parallel.
 */
export async function getFleet(
  ctx: AccessContext,
  now: Date = new Date(),
  rentree: number | null = null,
): Promise<Fleet> {
  collectiviteOf(ctx);
  const [counts, latest] = await Promise.all([
    collegeCountsInScope(ctx, now, { rentree }),
    rentree === null ? Promise.resolve(null) : collegeCountsInScope(ctx, now),
  ]);
  const measured = latest ?? counts;
  const referentials = await loadReferentials(
    db,
    measured.map((r) => r.collectiviteId),
  );
  const gapped = measured.map((row): FleetCollege => {
    const pupils = row.effectif?.total ?? null;
    return {
      ...row,
      indicators: computeIndicators(row, pupils),
      gaps: computeGaps(row, pupils, referentials.get(row.collectiviteId)!),
    };
  });
  const inGap = gapped.filter((c) => c.gaps?.enEcart === true);
  return {
    rentree,
    aggregate: aggregateIndicators(counts),
    colleges: latest ? counts.map(withIndicators) : gapped,
    furthest: sortRows(inGap, (c) => c.gaps?.missingCostCents ?? null, "desc").slice(
      0,
      FURTHEST_COUNT,
    ),
    gapTotals: totalGaps(gapped),
    references: NATIONAL_REFERENCES,
  };
}

// ─── Renewal due this year and next ───

export interface RenewalDue {
  years: [number, number];
  cells: [PlanCell, PlanCell];
  /** Due before this year: counted in this year's cell. */
  overdue: PlanCell;
  unplannable: PlanCell;
  byCategory: { category: EquipmentCategory; cells: [PlanCell, PlanCell] }[];
}

/** The first two years of the renewal plan, as its page shows them by default. */
export async function getRenewalDue(
  ctx: AccessContext,
  now: Date = new Date(),
): Promise<RenewalDue> {
  collectiviteOf(ctx);
  const plan = await getRenewalTotals(ctx, {}, now);
  const two = (cells: PlanCell[]): [PlanCell, PlanCell] => [cells[0]!, cells[1]!];
  return {
    years: [plan.query.years[0]!, plan.query.years[1]!],
    cells: two(plan.all.perYear),
    overdue: plan.all.overdue,
    unplannable: plan.all.unplannable,
    byCategory: plan.byCategory
      .map((c) => ({ category: c.category, cells: two(c.perYear) }))
      .filter((c) => c.cells[0].count + c.cells[1].count > 0),
  };
}

// ─── Conventions by status ───

/** Mirrors the « expirant » tab of the conventions list, so the figure and the list agree. */
export const EXPIRING_DAYS = 90;
const EXPIRING_SHOWN = 5;

export const CONVENTION_COUNT_KEYS = [
  "brouillons",
  "refusees",
  "en-signature",
  "en-vigueur",
  "expirant",
  "expirees",
  "resiliees",
  "toutes",
] as const;
export type ConventionCountKey = (typeof CONVENTION_COUNT_KEYS)[number];

export interface ConventionsOverview {
  /** The counts of the conventions list's tabs. */
  counts: Record<ConventionCountKey, number>;
  /** Conventions whose collectivité signature is open now; null for a member who does not sign. */
  toSign: number | null;
  expiring: {
    id: string;
    reference: string;
    title: string;
    endsOn: Date | null;
    etablissement: { uai: string; name: string } | null;
  }[];
  /** Open public collèges and those with a tripartite convention in force. */
  coverage: CoverageRow | null;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const IN_FORCE = Prisma.sql`c."status" = 'EN_VIGUEUR' AND c."kind" <> 'AVENANT'`;

/** The tab counts in one pass over the collectivité's conventions (list-conventions.ts's filters, in SQL). */
async function conventionCounts(collectiviteId: string, today: Date) {
  const day = isoDay(today);
  const soon = isoDay(new Date(today.getTime() + EXPIRING_DAYS * 86_400_000));
  const [row] = await db.$queryRaw<Record<string, number>[]>`
    SELECT count(*)::int AS "toutes",
      (count(*) FILTER (WHERE c."status" = 'BROUILLON'))::int AS "brouillons",
      (count(*) FILTER (WHERE c."status" = 'BROUILLON' AND EXISTS (
        SELECT 1 FROM "ConventionVersion" v JOIN "SignatureStep" s ON s."versionId" = v."id" WHERE v."conventionId" = c."id" AND s."status" = 'REFUSEE')))::int AS "refusees",
      (count(*) FILTER (WHERE c."status" = 'EN_SIGNATURE'))::int AS "en-signature",
      (count(*) FILTER (WHERE ${IN_FORCE} AND (c."endsOn" IS NULL OR c."endsOn" >= CAST(${day} AS date))))::int AS "en-vigueur",
      (count(*) FILTER (WHERE ${IN_FORCE} AND c."endsOn" >= CAST(${day} AS date) AND c."endsOn" <= CAST(${soon} AS date)))::int AS "expirant",
      (count(*) FILTER (WHERE ${IN_FORCE} AND c."endsOn" < CAST(${day} AS date)))::int AS "expirees",
      (count(*) FILTER (WHERE c."status" = 'RESILIEE'))::int AS "resiliees",
      (count(*) FILTER (WHERE c."status" = 'EN_SIGNATURE' AND EXISTS (
        SELECT 1 FROM "ConventionVersion" v JOIN "SignatureStep" s ON s."versionId" = v."id"
        WHERE v."conventionId" = c."id" AND v."status" = 'EN_SIGNATURE'
          AND v."number" = (SELECT max(w."number") FROM "ConventionVersion" w WHERE w."conventionId" = c."id")
          AND s."party" = 'COLLECTIVITE' AND s."status" = 'EN_ATTENTE'
          AND NOT EXISTS (SELECT 1 FROM "SignatureStep" t WHERE t."versionId" = v."id" AND t."order" < s."order"
            AND t."status" NOT IN ('SIGNEE', 'SIGNEE_HORS_PLATEFORME')))))::int AS "a-signer"
    FROM "Convention" c
    WHERE c."collectiviteId" = ${collectiviteId}`;
  return row!;
}

/** Conventions by status, those expiring within EXPIRING_DAYS, and the coverage of the collèges. */
export async function getConventionsOverview(
  ctx: AccessContext,
  now: Date = new Date(),
): Promise<ConventionsOverview> {
  const scope = collectiviteOf(ctx);
  assertCan(ctx, "convention.read");
  const today = parisToday(now);
  const soon = new Date(today.getTime() + EXPIRING_DAYS * 86_400_000);
  const [row, expiring, coverage] = await Promise.all([
    conventionCounts(scope.id, today),
    db.convention.findMany({
      where: {
        AND: [
          conventionScopeWhere(ctx),
          { status: "EN_VIGUEUR", kind: { not: "AVENANT" }, endsOn: { gte: today, lte: soon } },
        ],
      },
      select: {
        id: true,
        reference: true,
        title: true,
        endsOn: true,
        etablissement: { select: { uai: true, name: true } },
      },
      orderBy: [{ endsOn: "asc" }, { reference: "asc" }],
      take: EXPIRING_SHOWN,
    }),
    getConventionCoverage(ctx, now),
  ]);
  const counts = Object.fromEntries(
    CONVENTION_COUNT_KEYS.map((k) => [k, Number(row[k] ?? 0)]),
  ) as Record<ConventionCountKey, number>;
  return {
    counts,
    toSign: can(ctx, "convention.sign") ? Number(row["a-signer"] ?? 0) : null,
    expiring,
    coverage: coverage.find((c) => c.collectiviteCode === scope.code) ?? null,
  };
}

// ─── The open needs campaigns ───

export interface OpenCampaign {
  id: string;
  title: string;
  exercice: number;
  opensOn: Date;
  closesOn: Date;
  phase: CampaignPhase;
  envelopeCents: bigint;
  needs: number;
  /** Collèges that submitted at least one need, out of the open public collèges. */
  colleges: number;
  collegesTotal: number;
  opinions: number;
  decided: number;
  requestedCents: bigint;
  acceptedCents: bigint;
}

/** Campaigns opened and not yet arbitrated (upcoming, open, being arbitrated), with their needs summed in SQL. */
export async function getOpenCampaigns(
  ctx: AccessContext,
  now: Date = new Date(),
): Promise<OpenCampaign[]> {
  const scope = collectiviteOf(ctx);
  assertCan(ctx, "campaign.read");
  const today = parisToday(now);
  const rows = await db.$queryRaw<(Omit<OpenCampaign, "phase"> & { status: "OUVERTE" })[]>`
    SELECT c."id", c."title", c."exercice", c."opensOn", c."closesOn", c."status"::text AS "status", c."envelopeCents",
      count(n."id")::int AS "needs", count(DISTINCT n."etablissementId")::int AS "colleges",
      (SELECT count(*) FROM "Etablissement" e WHERE e."collectiviteId" = c."collectiviteId" AND e."secteur" = 'PUBLIC' AND e."etat" = 'OUVERT')::int AS "collegesTotal",
      (count(n."id") FILTER (WHERE n."opinion" IS NOT NULL))::int AS "opinions",
      (count(n."id") FILTER (WHERE n."status" <> 'SOUMIS'))::int AS "decided",
      coalesce(sum(n."quantity"::bigint * n."unitCostCents"), 0)::bigint AS "requestedCents",
      coalesce(sum(n."acceptedCents") FILTER (WHERE n."status" IN ('ACCEPTE', 'PARTIEL')), 0)::bigint AS "acceptedCents"
    FROM "NeedsCampaign" c LEFT JOIN "NeedRequest" n ON n."campaignId" = c."id"
    WHERE c."collectiviteId" = ${scope.id} AND c."status" = 'OUVERTE'
    GROUP BY c."id"
    ORDER BY c."closesOn", c."title"`;
  return rows.map(({ status, ...c }) => ({
    ...c,
    envelopeCents: BigInt(c.envelopeCents),
    requestedCents: BigInt(c.requestedCents),
    acceptedCents: BigInt(c.acceptedCents),
    phase: campaignPhase({ status, opensOn: c.opensOn, closesOn: c.closesOn }, today),
  }));
}

// ─── The two dashboards ───

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
    today: parisToday(now),
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
  const [fleet, rentrees, pyramid, renewal, conventions, campaigns, budget, pendingImports] =
    await Promise.all([
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
  const [budget, fleetAndEquity, rentrees, conventions, campaigns] = await Promise.all([
    when(can(ctx, "budget.read"), () => getEluView(ctx, { exercice: frame.exercice }, now)),
    when(inventory, () => getEquity(ctx, now, frame.rentree)),
    when(inventory, () => listEffectifRentrees(ctx)),
    when(can(ctx, "convention.read"), () => getConventionsOverview(ctx, now)),
    when(can(ctx, "campaign.read"), () => getOpenCampaigns(ctx, now)),
  ]);
  return {
    ...frame,
    rentrees,
    budget,
    fleet: fleetAndEquity?.fleet ?? null,
    equity: fleetAndEquity?.equity ?? null,
    conventions,
    campaigns,
  };
}
