import "server-only";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { todayInParis } from "@/lib/dates";
import { campaignPhase, type CampaignPhase } from "@/lib/campaigns/rules";
import { getInventoryIndicators } from "@/lib/inventory/indicators";
import { listEffectifRentrees } from "@/lib/inventory/college-counts";
import { type IndicatorValues } from "@/lib/inventory/indicator-math";
import { type IndicatorAggregate } from "@/lib/inventory/indicator-math";
import { NATIONAL_REFERENCES } from "@/lib/inventory/national-references";
import {
  academieDashboardQuerySchema,
  resolveDepartementFilter,
  type DepartementFilter,
} from "@/lib/dashboards/academie-schemas";
import {
  backlogByDepartement,
  collegeStates,
  coverageByDepartement,
  n,
  needsByCampaignAndDepartement,
} from "@/lib/dashboards/academie-queries";
import { academieCodeOf } from "@/lib/dashboards/academie-sql";

/*
 * The académie dashboard: every département side by side (conventions, equipment, needs awaiting
 * the académie's opinion) and one département's collèges. Every figure is an SQL aggregate or
 * comes from the lib function of the list it summarises; TypeScript only joins them by key and
 * adds up a few already grouped rows.
 *
 * Convention figures are grouped by the collège's département, not by collectivité as
 * getConventionCoverage does, because the two differ (the Métropole de Lyon and the Rhône share
 * département 69; the Collectivité européenne d'Alsace spans 67 and 68). The predicates are
 * coverage.ts's, and the tests pin both to the same figures.
 */

export interface CoverageFigures {
  /** Open public collèges. */
  colleges: number;
  inForce: number;
  inSignature: number;
  drafts: number;
}

export interface BacklogFigures {
  /** Conventions in signature (tripartite and avenants). */
  inSignature: number;
  /** Of which the académie's step is open now. */
  awaitingAcademie: number;
}

export interface DepartementFigures {
  code: string;
  name: string;
  coverage: CoverageFigures;
  backlog: BacklogFigures;
  /** Null when the département has no open public collège in the académie. */
  indicators: IndicatorAggregate | null;
  needsAwaitingOpinion: number;
}

export interface OpenCampaign {
  id: string;
  title: string;
  collectivite: string;
  phase: CampaignPhase;
  closesOn: Date;
  needs: number;
  awaitingOpinion: number;
}

export type CollegeConventionState =
  "EN_VIGUEUR" | "EN_SIGNATURE_ACADEMIE" | "EN_SIGNATURE" | "BROUILLON" | "EXPIREE" | "AUCUNE";

export interface CollegeFigures {
  uai: string;
  name: string;
  communeName: string;
  eleves: number | null;
  terminaux: number;
  indicators: IndicatorValues;
  convention: CollegeConventionState;
  needsAwaitingOpinion: number;
}

export interface AcademieDashboard {
  academie: { code: string; name: string };
  departements: DepartementFigures[];
  /** The académie: coverage and needs summed over its départements, indicators over all its collèges. */
  total: {
    coverage: CoverageFigures;
    backlog: BacklogFigures;
    indicators: IndicatorAggregate;
    needsAwaitingOpinion: number;
  };
  /** Conventions in signature that belong to no collège (conventions-cadres). */
  cadres: BacklogFigures;
  campaigns: OpenCampaign[];
  references: typeof NATIONAL_REFERENCES;
  filter: DepartementFilter;
  /** The rentrée whose effectifs the equipment ratios use (`?rentree=`); null for each collège's latest effectif. */
  rentree: number | null;
  /** The rentrées with effectifs in the académie, newest first (the rentrée filter's choices). */
  rentrees: number[];
  /** The filtered département's collèges (at most DRILL_LIMIT), or null without a valid filter. */
  drill: { code: string; name: string; colleges: CollegeFigures[]; collegeCount: number } | null;
}

/** The collèges a drill-down lists; beyond, the page links to the full indicator list. */
export const DRILL_LIMIT = 200;

function campaignsOf(
  rows: Awaited<ReturnType<typeof needsByCampaignAndDepartement>>,
  today: Date,
): OpenCampaign[] {
  const campaigns = new Map<string, OpenCampaign>();
  for (const r of rows) {
    const campaign = campaigns.get(r.id) ?? {
      id: r.id,
      title: r.title,
      collectivite: r.collectivite,
      closesOn: r.closes_on,
      needs: 0,
      awaitingOpinion: 0,
      phase: campaignPhase({ status: r.status, opensOn: r.opens_on, closesOn: r.closes_on }, today),
    };
    campaign.needs += n(r.needs);
    campaign.awaitingOpinion += n(r.awaiting);
    campaigns.set(r.id, campaign);
  }
  return [...campaigns.values()];
}

const sumCoverage = (rows: readonly CoverageFigures[]): CoverageFigures => ({
  colleges: rows.reduce((s, r) => s + r.colleges, 0),
  inForce: rows.reduce((s, r) => s + r.inForce, 0),
  inSignature: rows.reduce((s, r) => s + r.inSignature, 0),
  drafts: rows.reduce((s, r) => s + r.drafts, 0),
});

/**
 * The académie's dashboard for the context (an académie member with dashboard.read), filtered by
 * `?departement=` when it names one of the académie's départements, its equipment ratios over the
 * effectifs of `?rentree=` (each collège's latest without one). Another scope is FORBIDDEN.
 */
export async function getAcademieDashboard(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<AcademieDashboard> {
  assertCan(ctx, "dashboard.read");
  const code = academieCodeOf(ctx);
  const today = todayInParis(now);
  const { departement: asked, rentree } = academieDashboardQuerySchema.parse(input ?? {});
  // A well-formed code is queried right away: every query carries the académie's scope, so a
  // foreign département returns nothing, and the filter below then discards it.
  const drillCode = asked && asked !== "invalid" ? asked : null;
  const [coverage, backlog, needRows, indicators, rentrees, states] = await Promise.all([
    coverageByDepartement(ctx, today),
    backlogByDepartement(ctx),
    needsByCampaignAndDepartement(ctx),
    getInventoryIndicators(
      ctx,
      { departement: drillCode ?? undefined, rentree, pageSize: DRILL_LIMIT, sort: "name" },
      now,
    ),
    listEffectifRentrees(ctx),
    drillCode ? collegeStates(ctx, drillCode, today) : Promise.resolve(null),
  ]);
  const filter = resolveDepartementFilter(input, coverage);
  const needsByDepartement = new Map<string, number>();
  for (const r of needRows)
    if (r.departement_code)
      needsByDepartement.set(
        r.departement_code,
        (needsByDepartement.get(r.departement_code) ?? 0) + n(r.awaiting),
      );
  const none: BacklogFigures = { inSignature: 0, awaitingAcademie: 0 };
  const departements = coverage.map((d) => ({
    ...d,
    backlog: backlog.get(d.code) ?? none,
    indicators: indicators.byDepartement.find((i) => i.code === d.code)?.aggregate ?? null,
    needsAwaitingOpinion: needsByDepartement.get(d.code) ?? 0,
  }));
  const allBacklog = [...backlog.values()];
  return {
    academie: { code, name: ctx.scope.type === "ACADEMIE" ? ctx.scope.name : "" },
    departements,
    total: {
      coverage: sumCoverage(departements.map((d) => d.coverage)),
      backlog: {
        inSignature: allBacklog.reduce((s, b) => s + b.inSignature, 0),
        awaitingAcademie: allBacklog.reduce((s, b) => s + b.awaitingAcademie, 0),
      },
      indicators: indicators.total,
      needsAwaitingOpinion: departements.reduce((s, d) => s + d.needsAwaitingOpinion, 0),
    },
    cadres: backlog.get(null) ?? none,
    campaigns: campaignsOf(needRows, today),
    references: NATIONAL_REFERENCES,
    filter,
    rentree: rentree ?? null,
    rentrees,
    drill: filter.kind === "departement" && states ? drillOf(filter, indicators, states) : null,
  };
}

function drillOf(
  filter: { code: string; name: string },
  indicators: Awaited<ReturnType<typeof getInventoryIndicators>>,
  states: Awaited<ReturnType<typeof collegeStates>>,
): NonNullable<AcademieDashboard["drill"]> {
  const colleges = indicators.rows.map((r): CollegeFigures => {
    const state = states.get(r.uai);
    return {
      uai: r.uai,
      name: r.name,
      communeName: r.communeName,
      eleves: r.effectif?.total ?? null,
      terminaux: r.terminaux,
      indicators: r.indicators,
      convention: state?.convention ?? "AUCUNE",
      needsAwaitingOpinion: state?.needsAwaitingOpinion ?? 0,
    };
  });
  return { code: filter.code, name: filter.name, colleges, collegeCount: indicators.rowCount };
}
