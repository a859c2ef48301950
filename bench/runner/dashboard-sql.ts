import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext, ResolvedScope } from "@/lib/access/context";
import { collegeCountsSql, effectifRentreesSql } from "@/lib/inventory/college-counts";
import { collectiviteDueSource } from "@/lib/inventory/renewal-need";
import { dueGroupsSql } from "@/lib/inventory/renewal-sql";
import { etablissementScopeSql } from "@/lib/access/scope-sql";
import { conventionCoverageSql } from "@/lib/conventions/coverage";
import { pupilsSql } from "@/lib/budgets/budget-summary";
import { EXPIRING_DAYS } from "@/lib/dashboards/collectivite-conventions";
import { conventionCountsSql, openCampaignsSql } from "@/lib/dashboards/collectivite-sql";
import {
  backlogByDepartementSql,
  coverageByDepartementSql,
  needsByCampaignAndDepartementSql,
} from "@/lib/dashboards/academie-sql";
import { measuresFiltersOf } from "@/lib/assistance/measures-schemas";
import { backlogSql, delaysSql, equipmentRatesSql, volumeSql } from "@/lib/assistance/measures-sql";
import {
  agePyramidSql,
  budgetSumsSql,
  allocationsPerCollegeSql,
  collegeAllocationsSql,
  collegeCampaignsSql,
  collegeConventionsSql,
  collegeInventorySql,
  coordinatesSql,
  fundedProjectsSql,
  expiringConventionsSql,
  referentialsSql,
} from "@/bench/runner/prisma-equivalents";

/**
 * The bare SQL of each dashboard: the statements its lib function (lib/dashboards/…) runs, run
 * together the way the function runs them (Promise.all), without the access check, TypeScript
 * shaping or React rendering. The benchmark times one « set » as one operation and compares the
 * page's p95 with it.
 *
 * The raw statements are the production ones: lib/ exports each builder it executes
 * (collegeCountsSql, conventionCountsSql, coverageByDepartementSql…), called here for the same
 * scope, so the floor cannot drift from the dashboards. What the dashboards read through Prisma's
 * query builder (budget sums, lists) has no SQL text in lib/: its equivalents are in
 * prisma-equivalents.ts, as is the age pyramid until age-pyramid.ts exports its statement.
 */

export interface SqlStatement {
  label: string;
  sql: Prisma.Sql;
}

/** Who the statements are about, resolved once from the database before the measure. */
export interface SqlTarget {
  collectiviteId?: string;
  academieCode?: string;
  etablissementId?: string;
  /** The day the figures are read, `YYYY-MM-DD`. */
  today: string;
  exercice: number;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Équivalent SQL : ${what} manquant`);
  return value;
}

/** The context a member of that scope would have: the scope is all the statements read of it. */
function contextOf(scope: ResolvedScope): AccessContext {
  return {
    user: { id: "", name: "banc d'essai", email: "" },
    scope,
    roles: [],
    permissions: new Set(),
    sectorIds: null,
  };
}

const collectiviteContext = (id: string) =>
  contextOf({ type: "COLLECTIVITE", id, code: "", name: "", shortName: "" });
const dayOf = (t: SqlTarget) => new Date(`${t.today}T00:00:00Z`);

/** The « Assistance » panel (getAssistanceMeasures) with its default filters: the last 12 months, every queue. */
function assistanceStatements(ctx: AccessContext, t: SqlTarget): SqlStatement[] {
  const now = dayOf(t);
  const f = measuresFiltersOf({}, now);
  return [
    { label: "assistance : volume par mois et domaine", sql: volumeSql(ctx, f) },
    { label: "assistance : délais (médiane, 90e centile) et engagements", sql: delaysSql(ctx, f) },
    { label: "assistance : incidents ouverts par ancienneté", sql: backlogSql(ctx, f, now) },
    {
      label: "assistance : incidents pour 100 équipements (catégories, âges, modèles)",
      sql: equipmentRatesSql(ctx, f, now),
    },
  ];
}

/** The statements the agent's and the élu's dashboards share: indicators, rentrées, conventions, campaigns. */
function collectiviteStatements(id: string, t: SqlTarget): Record<string, SqlStatement> {
  const ctx = collectiviteContext(id);
  const today = dayOf(t);
  return {
    counts: {
      label: "indicateurs (agrégat par collège)",
      sql: collegeCountsSql(etablissementScopeSql(ctx, "e"), { now: today }),
    },
    rentrees: { label: "rentrées disponibles", sql: effectifRentreesSql(ctx) },
    conventions: {
      label: "conventions par état",
      sql: conventionCountsSql(id, today, EXPIRING_DAYS),
    },
    expiring: {
      label: "conventions expirant sous 90 jours",
      sql: expiringConventionsSql(id, today),
    },
    coverage: {
      label: "couverture conventionnelle",
      sql: conventionCoverageSql(etablissementScopeSql(ctx, "e"), today),
    },
    campaigns: { label: "campagnes ouvertes", sql: openCampaignsSql(id) },
  };
}

function budgetStatements(id: string, exercice: number): SqlStatement[] {
  return [...budgetSumsSql(id, exercice), { label: "budget : élèves", sql: pupilsSql(id) }];
}

/** The agent's dashboard (/c/<code>): fleet, rentrées, age pyramid, renewal plan, conventions, campaigns, budget. */
export async function agentDashboardSql(db: Db, t: SqlTarget): Promise<SqlStatement[]> {
  const id = need(t.collectiviteId, "collectivité");
  const s = collectiviteStatements(id, t);
  return [
    s.counts!,
    { label: "référentiels", sql: referentialsSql(id) },
    s.rentrees!,
    { label: "pyramide des âges", sql: agePyramidSql(id, t.today) },
    {
      label: "plan de renouvellement (GROUP BY collège × catégorie × année)",
      sql: dueGroupsSql(await collectiviteDueSource(db, id)),
    },
    s.conventions!,
    s.expiring!,
    s.coverage!,
    s.campaigns!,
    ...budgetStatements(id, t.exercice),
    ...assistanceStatements(collectiviteContext(id), t),
  ];
}

/** The élu's dashboard (/c/<code> as an élu): budget, fleet and equity (coordinates), conventions, campaigns. */
export function eluDashboardSql(t: SqlTarget): SqlStatement[] {
  const id = need(t.collectiviteId, "collectivité");
  const s = collectiviteStatements(id, t);
  return [
    ...budgetStatements(id, t.exercice),
    { label: "budget : attributions par collège", sql: allocationsPerCollegeSql(id, t.exercice) },
    s.counts!,
    { label: "coordonnées des collèges", sql: coordinatesSql(id) },
    s.rentrees!,
    s.conventions!,
    s.expiring!,
    s.coverage!,
    s.campaigns!,
    ...fundedProjectsSql(id).map((sql) => ({ label: "projets financés par appel à projets", sql })),
  ];
}

/** The académie's dashboard (/a/<code>): coverage and backlog per département, campaigns, indicators. */
export function academieDashboardSql(t: SqlTarget): SqlStatement[] {
  const code = need(t.academieCode, "académie");
  const ctx = contextOf({ type: "ACADEMIE", code, name: "" });
  return [
    { label: "couverture par département", sql: coverageByDepartementSql(ctx, dayOf(t)) },
    { label: "conventions en signature par département", sql: backlogByDepartementSql(ctx) },
    { label: "besoins des campagnes ouvertes", sql: needsByCampaignAndDepartementSql(ctx) },
    {
      label: "indicateurs (agrégat par collège)",
      sql: collegeCountsSql(etablissementScopeSql(ctx, "e"), { now: dayOf(t) }),
    },
    { label: "rentrées disponibles", sql: effectifRentreesSql(ctx) },
    ...assistanceStatements(ctx, t),
  ];
}

/** The collège's dashboard (/e/<uai>): conventions, campaigns, inventory against the average, allocations. */
export function etablissementDashboardSql(t: SqlTarget): SqlStatement[] {
  const id = need(t.etablissementId, "établissement");
  const collectiviteId = need(t.collectiviteId, "collectivité");
  return [
    { label: "conventions du collège", sql: collegeConventionsSql(id) },
    { label: "campagnes du collège", sql: collegeCampaignsSql(id) },
    { label: "inventaire par catégorie et statut", sql: collegeInventorySql(id) },
    {
      // getEtablissementIndicators: the average is its collectivité's (the collège's own counts
      // are one more row of the same statement).
      label: "indicateurs (agrégat par collège)",
      sql: collegeCountsSql(Prisma.sql`e."collectiviteId" = ${collectiviteId}`, { now: dayOf(t) }),
    },
    { label: "dotations du collège", sql: collegeAllocationsSql(id, t.exercice) },
    ...assistanceStatements(
      contextOf({
        type: "ETABLISSEMENT",
        id,
        uai: "",
        name: "",
        collectiviteId,
        academieCode: t.academieCode ?? "",
      }),
      t,
    ),
  ];
}
