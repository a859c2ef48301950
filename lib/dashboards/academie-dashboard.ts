import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { assertCan, can, getAccessContext, type AccessContext } from "@/lib/access/context";
import { listConventions } from "@/lib/conventions/list-conventions";
import { parisToday } from "@/lib/conventions/machine";
import { campaignPhase, type CampaignPhase } from "@/lib/campaigns/rules";
import {
  getInventoryIndicators,
  listEffectifRentrees,
  type IndicatorAggregate,
  type IndicatorValues,
} from "@/lib/inventory/indicators";
import { NATIONAL_REFERENCES } from "@/lib/inventory/national-references";
import { etablissementScopeSql } from "@/lib/inventory/scope";
import { dataTableResponse } from "@/lib/exports/data-table";
import { exportFormatOf } from "@/lib/exports/spreadsheet";
import {
  academieDashboardQuerySchema,
  academieExportQuerySchema,
  resolveDepartementFilter,
  type AcademieChartKey,
  type DepartementFilter,
} from "@/lib/dashboards/academie-schemas";
import { academieTable } from "@/lib/dashboards/academie-tables";

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

/** A convention in signature whose latest version has the académie's (ETAT) step open now (machine.ts openSteps). */
const AWAITING_ACADEMIE = Prisma.sql`EXISTS (
  SELECT 1 FROM "ConventionVersion" cv JOIN "SignatureStep" s ON s."versionId" = cv."id"
  WHERE cv."conventionId" = v."id"
    AND cv."number" = (SELECT max(x."number") FROM "ConventionVersion" x WHERE x."conventionId" = v."id")
    AND s."party" = 'ETAT' AND s."status" = 'EN_ATTENTE'
    AND NOT EXISTS (SELECT 1 FROM "SignatureStep" t WHERE t."versionId" = cv."id" AND t."order" < s."order"
      AND t."status" NOT IN ('SIGNEE', 'SIGNEE_HORS_PLATEFORME')))`;

/** An open campaign of a collectivité owning collèges of the académie (campaignScopeWhere), open to opinions (acceptsOpinions). */
const openCampaignOf = (ctx: AccessContext, alias: string) =>
  Prisma.sql`${Prisma.raw(alias)}."status" = 'OUVERTE' AND EXISTS (SELECT 1 FROM "Etablissement" x WHERE x."collectiviteId" = ${Prisma.raw(alias)}."collectiviteId" AND ${etablissementScopeSql(ctx, "x")})`;

/** Whether collège `e` has a tripartite convention in this status (a code constant, never input). */
const tripartite = (status: ConventionStatus, extra: Prisma.Sql = Prisma.empty) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Convention" v WHERE v."etablissementId" = e."id" AND v."kind" = 'TRIPARTITE' AND v."status" = ${Prisma.raw(`'${status}'`)} ${extra})`;

const inForce = (today: Date) =>
  tripartite("EN_VIGUEUR", Prisma.sql`AND (v."endsOn" IS NULL OR v."endsOn" >= ${today})`);
const PUBLIC_OPEN = Prisma.sql`e."secteur" = 'PUBLIC' AND e."etat" = 'OUVERT'`;

type Count = bigint | number;
const n = (value: Count | null | undefined) => Number(value ?? 0);

/** The académie's départements, each with its open public collèges' convention coverage. */
async function coverageByDepartement(ctx: AccessContext, today: Date) {
  const rows = await db.$queryRaw<
    {
      code: string;
      name: string;
      colleges: Count;
      in_force: Count;
      in_signature: Count;
      drafts: Count;
    }[]
  >`
    SELECT d."code", d."name", count(e."id") AS colleges,
      count(e."id") FILTER (WHERE ${inForce(today)}) AS in_force,
      count(e."id") FILTER (WHERE ${tripartite("EN_SIGNATURE")}) AS in_signature,
      count(e."id") FILTER (WHERE ${tripartite("BROUILLON")}) AS drafts
    FROM "Departement" d
    LEFT JOIN "Etablissement" e ON e."departementCode" = d."code" AND ${PUBLIC_OPEN} AND ${etablissementScopeSql(ctx, "e")}
    WHERE d."academieCode" = ${academieCodeOf(ctx)}
      OR EXISTS (SELECT 1 FROM "Etablissement" y WHERE y."departementCode" = d."code" AND ${etablissementScopeSql(ctx, "y")})
    GROUP BY d."code", d."name"
    ORDER BY d."code"`;
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    coverage: {
      colleges: n(r.colleges),
      inForce: n(r.in_force),
      inSignature: n(r.in_signature),
      drafts: n(r.drafts),
    },
  }));
}

/** Conventions of the académie in signature per département of their collège (null: conventions-cadres). */
async function backlogByDepartement(ctx: AccessContext) {
  const rows = await db.$queryRaw<
    { departement_code: string | null; in_signature: Count; awaiting: Count }[]
  >`
    SELECT e."departementCode" AS departement_code, count(*) AS in_signature, count(*) FILTER (WHERE ${AWAITING_ACADEMIE}) AS awaiting
    FROM "Convention" v LEFT JOIN "Etablissement" e ON e."id" = v."etablissementId"
    WHERE v."academieCode" = ${academieCodeOf(ctx)} AND v."status" = 'EN_SIGNATURE'
    GROUP BY e."departementCode"`;
  return new Map(
    rows.map((r) => [
      r.departement_code,
      { inSignature: n(r.in_signature), awaitingAcademie: n(r.awaiting) },
    ]),
  );
}

/** Open campaigns the académie gives opinions on, with their needs per département of the collège. */
async function needsByCampaignAndDepartement(ctx: AccessContext) {
  return db.$queryRaw<
    {
      id: string;
      title: string;
      status: "OUVERTE";
      opens_on: Date;
      closes_on: Date;
      collectivite: string;
      departement_code: string | null;
      needs: Count;
      awaiting: Count;
    }[]
  >`
    SELECT c."id", c."title", c."status", c."opensOn" AS opens_on, c."closesOn" AS closes_on, k."name" AS collectivite,
      e."departementCode" AS departement_code, count(r."id") AS needs, count(r."id") FILTER (WHERE r."opinion" IS NULL) AS awaiting
    FROM "NeedsCampaign" c
    JOIN "Collectivite" k ON k."id" = c."collectiviteId"
    LEFT JOIN ("NeedRequest" r JOIN "Etablissement" e ON e."id" = r."etablissementId" AND ${etablissementScopeSql(ctx, "e")}) ON r."campaignId" = c."id"
    WHERE ${openCampaignOf(ctx, "c")}
    GROUP BY c."id", k."name", e."departementCode"
    ORDER BY c."closesOn", c."title", c."id"`;
}

/** Per open public collège of one département: its tripartite convention's state and its needs awaiting an opinion. */
async function collegeStates(ctx: AccessContext, departementCode: string, today: Date) {
  const rows = await db.$queryRaw<
    {
      uai: string;
      in_force: boolean;
      awaiting: boolean;
      in_signature: boolean;
      draft: boolean;
      expired: boolean;
      needs: Count;
    }[]
  >`
    SELECT e."uai",
      ${inForce(today)} AS in_force,
      ${tripartite("EN_SIGNATURE", Prisma.sql`AND ${AWAITING_ACADEMIE}`)} AS awaiting,
      ${tripartite("EN_SIGNATURE")} AS in_signature,
      ${tripartite("BROUILLON")} AS draft,
      ${tripartite("EN_VIGUEUR", Prisma.sql`AND v."endsOn" < ${today}`)} AS expired,
      (SELECT count(*) FROM "NeedRequest" r JOIN "NeedsCampaign" c ON c."id" = r."campaignId"
        WHERE r."etablissementId" = e."id" AND r."opinion" IS NULL AND ${openCampaignOf(ctx, "c")}) AS needs
    FROM "Etablissement" e
    WHERE ${PUBLIC_OPEN} AND ${etablissementScopeSql(ctx, "e")} AND e."departementCode" = ${departementCode}`;
  return new Map(
    rows.map((r) => {
      const state: CollegeConventionState = r.in_force
        ? "EN_VIGUEUR"
        : r.awaiting
          ? "EN_SIGNATURE_ACADEMIE"
          : r.in_signature
            ? "EN_SIGNATURE"
            : r.draft
              ? "BROUILLON"
              : r.expired
                ? "EXPIREE"
                : "AUCUNE";
      return [r.uai, { convention: state, needsAwaitingOpinion: n(r.needs) }];
    }),
  );
}

function academieCodeOf(ctx: AccessContext): string {
  if (ctx.scope.type !== "ACADEMIE") throw new AppError("FORBIDDEN");
  return ctx.scope.code;
}

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
  const today = parisToday(now);
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

export interface ConventionToSign {
  id: string;
  reference: string;
  title: string;
  etablissement: { uai: string; name: string; communeName: string } | null;
}

/** How many conventions the dashboard lists above the link to the rest. */
export const TO_SIGN_SHOWN = 5;

/**
 * The conventions waiting for the académie's signature now: listConventions's « à signer » tab,
 * its count and its first few. Null for a member who does not sign.
 */
export async function getConventionsToSign(
  ctx: AccessContext,
  now = new Date(),
): Promise<{ count: number; items: ConventionToSign[] } | null> {
  academieCodeOf(ctx);
  if (!can(ctx, "convention.sign")) return null;
  const list = await listConventions(ctx, { tab: "a-signer" }, now);
  return {
    count: list.counts["a-signer"],
    items: list.items.slice(0, TO_SIGN_SHOWN).map((c) => ({
      id: c.id,
      reference: c.reference,
      title: c.title,
      etablissement: c.etablissement,
    })),
  };
}

/** The charts whose figures divide by the effectifs of the rentrée asked. */
const RENTREE_CHARTS: readonly AcademieChartKey[] = [
  "departements",
  "terminaux",
  "affichages",
  "colleges",
];

/**
 * GET /a/[code]/tableau-de-bord/export?graphique=<key>&departement=…&rentree=…&format=csv|xlsx: one
 * chart's table, rebuilt for the member's context with the page's filters. A foreign or unknown
 * académie, an unknown key, or the collèges' table without a valid département is the 404 page.
 */
export async function academieDashboardExportResponse(
  request: Request,
  code: string,
  now = new Date(),
): Promise<Response> {
  const ctx = await getAccessContext({ type: "ACADEMIE", code });
  if (!ctx || !can(ctx, "dashboard.read")) notFound();
  const search = new URL(request.url).searchParams;
  const { graphique } = academieExportQuerySchema.parse({
    graphique: search.get("graphique") ?? undefined,
  });
  if (!graphique) notFound();
  const dashboard = await getAcademieDashboard(
    ctx,
    {
      departement: search.get("departement") ?? undefined,
      rentree: search.get("rentree") ?? undefined,
    },
    now,
  );
  const table = academieTable(dashboard, graphique);
  if (!table) notFound();
  const rentreeSuffix =
    dashboard.rentree !== null && RENTREE_CHARTS.includes(graphique)
      ? `-rentree-${dashboard.rentree}`
      : "";
  const suffix = `${dashboard.drill ? `-${dashboard.drill.code}` : ""}${rentreeSuffix}`;
  return dataTableResponse(
    exportFormatOf(search),
    `tableau-de-bord-academie-${code}-${graphique}${suffix}`,
    table,
  );
}
