import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionKind, ConventionParty, NeedStatus } from "@/lib/generated/prisma/enums";
import { AppError, isAppError } from "@/lib/errors";
import { assertCan, can, getAccessContext, type AccessContext } from "@/lib/access/context";
import type { Permission } from "@/lib/access/permissions";
import { dataTableResponse } from "@/lib/exports/data-table";
import { exportFormatOf } from "@/lib/exports/spreadsheet";
import { readContent, type MatrixRow } from "@/lib/conventions/content";
import {
  displayStatus,
  openSteps,
  parisToday,
  type DisplayStatus,
} from "@/lib/conventions/machine";
import { conventionScopeWhere } from "@/lib/conventions/scope-where";
import { campaignScopeWhere, needScopeWhere } from "@/lib/campaigns/scope";
import { getEtablissementIndicators } from "@/lib/inventory/indicators";
import { getEtablissementGaps } from "@/lib/inventory/gaps";
import { getEtablissementInventorySummary } from "@/lib/inventory/summary";
import { hasDemoInventory } from "@/lib/inventory/list-equipment";
import { resolveDotationsQuery } from "@/lib/budgets/allocation-exercices";
import { getEtablissementAllocations } from "@/lib/budgets/allocations-per-pupil";
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
  type EtablissementTable,
} from "@/lib/dashboards/etablissement-tables";

/*
 * The collège's dashboard (/e/[uai]): what waits for its members, its convention and what it
 * commits each party to, its inventory against the référentiel and its collectivité's average,
 * its allocations. Every figure comes from an SQL aggregate or a lib function the list pages use;
 * every query is scoped by the context (a collège sees only itself).
 */

/** The collège of an établissement context; any other space has no collège dashboard. */
function collegeOf(ctx: AccessContext) {
  assertCan(ctx, "dashboard.read");
  if (ctx.scope.type !== "ETABLISSEMENT") throw new AppError("FORBIDDEN");
  return ctx.scope;
}

export interface ConventionToSign {
  id: string;
  reference: string;
  kind: ConventionKind;
  title: string;
  versionNumber: number;
}

/**
 * The collège's conventions whose open signature step is the EPLE's: the « à signer » tab of the
 * conventions list, for a member who signs. Openness depends on the steps' order, so the few
 * candidates are filtered here, as the list does.
 */
export async function listConventionsToSign(ctx: AccessContext): Promise<ConventionToSign[]> {
  collegeOf(ctx);
  if (!can(ctx, "convention.sign")) return [];
  const rows = await db.convention.findMany({
    where: {
      AND: [
        conventionScopeWhere(ctx),
        {
          status: "EN_SIGNATURE",
          versions: {
            some: {
              status: "EN_SIGNATURE",
              steps: { some: { party: "EPLE", status: "EN_ATTENTE" } },
            },
          },
        },
      ],
    },
    select: {
      id: true,
      reference: true,
      kind: true,
      title: true,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, steps: { select: { order: true, party: true, status: true } } },
      },
    },
    orderBy: [{ updatedAt: "asc" }],
  });
  return rows
    .filter((c) => openSteps(c.versions[0]?.steps ?? []).some((s) => s.party === "EPLE"))
    .map((c) => ({
      id: c.id,
      reference: c.reference,
      kind: c.kind,
      title: c.title,
      versionNumber: c.versions[0]?.number ?? 1,
    }));
}

export interface OpenCampaign {
  id: string;
  title: string;
  exercice: number;
  closesOn: Date;
  /** Needs this collège has submitted so far. */
  needs: number;
}

export interface CampaignDecisions {
  id: string;
  title: string;
  exercice: number;
  arbitratedAt: Date | null;
  needs: number;
  byStatus: Record<Exclude<NeedStatus, "SOUMIS">, number>;
  acceptedCents: bigint;
}

/** How many arbitrated campaigns the dashboard recalls: the latest ones, the rest are on the campaigns page. */
const DECISION_CAMPAIGNS = 3;

/**
 * The needs campaigns open for submission today, with the collège's needs in each, and the latest
 * arbitrated campaigns where it had needs, with their decisions: one query for the campaigns, one
 * GROUP BY for the needs.
 */
export async function getCollegeCampaigns(
  ctx: AccessContext,
  now = new Date(),
): Promise<{ open: OpenCampaign[]; decisions: CampaignDecisions[] }> {
  collegeOf(ctx);
  assertCan(ctx, "campaign.read");
  const today = parisToday(now);
  const campaigns = await db.needsCampaign.findMany({
    where: {
      AND: [
        campaignScopeWhere(ctx),
        {
          OR: [
            { status: "OUVERTE", opensOn: { lte: today }, closesOn: { gte: today } },
            { status: "ARBITREE", needs: { some: needScopeWhere(ctx) } },
          ],
        },
      ],
    },
    select: {
      id: true,
      title: true,
      exercice: true,
      closesOn: true,
      status: true,
      arbitratedAt: true,
    },
    orderBy: [{ exercice: "desc" }, { closesOn: "desc" }, { title: "asc" }],
    take: 50,
  });
  const open = campaigns
    .filter((c) => c.status === "OUVERTE")
    .sort((a, b) => a.closesOn.getTime() - b.closesOn.getTime());
  const arbitrated = campaigns.filter((c) => c.status === "ARBITREE").slice(0, DECISION_CAMPAIGNS);
  const ids = [...open, ...arbitrated].map((c) => c.id);
  const groups =
    ids.length === 0
      ? []
      : await db.needRequest.groupBy({
          by: ["campaignId", "status"],
          where: { AND: [needScopeWhere(ctx), { campaignId: { in: ids } }] },
          _count: { _all: true },
          _sum: { acceptedCents: true },
        });
  const count = (campaignId: string, status?: NeedStatus) =>
    groups
      .filter((g) => g.campaignId === campaignId && (!status || g.status === status))
      .reduce((n, g) => n + g._count._all, 0);
  return {
    open: open.map((c) => ({
      id: c.id,
      title: c.title,
      exercice: c.exercice,
      closesOn: c.closesOn,
      needs: count(c.id),
    })),
    decisions: arbitrated.map((c) => ({
      id: c.id,
      title: c.title,
      exercice: c.exercice,
      arbitratedAt: c.arbitratedAt,
      needs: count(c.id),
      byStatus: {
        ACCEPTE: count(c.id, "ACCEPTE"),
        PARTIEL: count(c.id, "PARTIEL"),
        REFUSE: count(c.id, "REFUSE"),
      },
      acceptedCents: groups
        .filter((g) => g.campaignId === c.id && (g.status === "ACCEPTE" || g.status === "PARTIEL"))
        .reduce((sum, g) => sum + (g._sum.acceptedCents ?? 0n), 0n),
    })),
  };
}

export interface CollegeConvention {
  id: string;
  reference: string;
  title: string;
  status: DisplayStatus;
  startsOn: Date | null;
  endsOn: Date | null;
  /** The version whose content applies: in force (possibly an avenant's, consolidated), or the draft in progress. */
  version: { number: number; reference: string; kind: ConventionKind; signedAt: Date | null };
  /** The parties whose signature is awaited now (in signature only). */
  awaiting: ConventionParty[];
  matrix: MatrixRow[];
}

const conventionSelect = {
  id: true,
  reference: true,
  title: true,
  status: true,
  startsOn: true,
  endsOn: true,
  inForceVersion: {
    select: {
      number: true,
      signedAt: true,
      content: true,
      convention: { select: { reference: true, kind: true } },
    },
  },
  versions: {
    orderBy: { number: "desc" },
    take: 1,
    select: {
      number: true,
      content: true,
      steps: {
        orderBy: [{ order: "asc" }, { party: "asc" }],
        select: { order: true, party: true, status: true },
      },
    },
  },
} as const satisfies Prisma.ConventionSelect;

/**
 * The collège's tripartite convention in force (the « en vigueur » tab of its list: in force and
 * not expired), with the consolidated version's responsibility matrix; when there is none, the
 * one in progress (draft or in signature) with the matrix it provides for.
 */
export async function getCollegeConvention(
  ctx: AccessContext,
  now = new Date(),
): Promise<{ inForce: CollegeConvention | null; inProgress: CollegeConvention | null }> {
  collegeOf(ctx);
  assertCan(ctx, "convention.read");
  const today = parisToday(now);
  const inForceRows = await db.convention.findMany({
    where: {
      AND: [
        conventionScopeWhere(ctx),
        {
          kind: "TRIPARTITE",
          status: "EN_VIGUEUR",
          OR: [{ endsOn: null }, { endsOn: { gte: today } }],
        },
      ],
    },
    select: conventionSelect,
    orderBy: [{ startsOn: { sort: "desc", nulls: "last" } }, { reference: "desc" }],
    take: 3,
  });
  // A renewal signed ahead of time is in force from its start: the one already started comes first.
  const started = inForceRows.find((c) => !c.startsOn || c.startsOn <= today) ?? inForceRows[0];
  if (started) return { inForce: toCollegeConvention(started, now), inProgress: null };
  const draft = await db.convention.findFirst({
    where: {
      AND: [
        conventionScopeWhere(ctx),
        { kind: "TRIPARTITE", status: { in: ["BROUILLON", "EN_SIGNATURE"] } },
      ],
    },
    select: conventionSelect,
    orderBy: [{ updatedAt: "desc" }],
  });
  return { inForce: null, inProgress: draft ? toCollegeConvention(draft, now) : null };
}

type ConventionRow = Prisma.ConventionGetPayload<{ select: typeof conventionSelect }>;

function toCollegeConvention(c: ConventionRow, now: Date): CollegeConvention {
  const latest = c.versions[0];
  const applied =
    c.status === "EN_VIGUEUR" && c.inForceVersion
      ? {
          number: c.inForceVersion.number,
          reference: c.inForceVersion.convention.reference,
          kind: c.inForceVersion.convention.kind,
          signedAt: c.inForceVersion.signedAt,
          content: c.inForceVersion.content,
        }
      : {
          number: latest?.number ?? 1,
          reference: c.reference,
          kind: "TRIPARTITE" as const,
          signedAt: null,
          content: latest?.content ?? null,
        };
  return {
    id: c.id,
    reference: c.reference,
    title: c.title,
    status: displayStatus(c.status, c.endsOn, now),
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    version: {
      number: applied.number,
      reference: applied.reference,
      kind: applied.kind,
      signedAt: applied.signedAt,
    },
    awaiting: c.status === "EN_SIGNATURE" ? openSteps(latest?.steps ?? []).map((s) => s.party) : [],
    matrix: applied.content ? readContent(applied.content).matrix : [],
  };
}

/** Null for a figure the collège has none of (indicators of a private or closed collège). */
async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/**
 * The collège's equipment per category and status, its ETIC indicators beside its collectivité's
 * average (weighted by pupils) and the national references, and its gaps to the référentiel.
 */
export async function getCollegeInventory(ctx: AccessContext, now = new Date()) {
  const college = collegeOf(ctx);
  assertCan(ctx, "inventory.read");
  const [summary, indicators, gaps, demo] = await Promise.all([
    getEtablissementInventorySummary(ctx, college.id),
    orNull(getEtablissementIndicators(ctx, college.uai, now)),
    orNull(getEtablissementGaps(ctx, college.uai, now)),
    hasDemoInventory(ctx),
  ]);
  return { summary, indicators, gaps, demo };
}

export type CollegeInventory = Awaited<ReturnType<typeof getCollegeInventory>>;

/**
 * The collège's allocations of the exercice in the URL (by default the current one, or the latest
 * with allocations, as on its dotations page) and the exercices to choose from.
 */
export async function getCollegeAllocations(
  ctx: AccessContext,
  query: EtablissementDashboardQuery,
  now = new Date(),
) {
  collegeOf(ctx);
  const resolved = await resolveDotationsQuery(ctx, { exercice: query.exercice }, now);
  const { figures, items } = await getEtablissementAllocations(ctx, resolved.query);
  return {
    exercice: resolved.query.exercice,
    exercices: resolved.exercices,
    figures,
    count: items.length,
  };
}

export type CollegeAllocations = Awaited<ReturnType<typeof getCollegeAllocations>>;

/**
 * Everything the collège's dashboard shows, each part only for members allowed to read it; a
 * handful of queries run together.
 */
export async function getEtablissementDashboard(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
) {
  collegeOf(ctx);
  const query = etablissementDashboardQuerySchema.parse(input ?? {});
  const [toSign, campaigns, convention, inventory, allocations] = await Promise.all([
    listConventionsToSign(ctx),
    can(ctx, "campaign.read") ? getCollegeCampaigns(ctx, now) : null,
    can(ctx, "convention.read") ? getCollegeConvention(ctx, now) : null,
    can(ctx, "inventory.read") ? getCollegeInventory(ctx, now) : null,
    can(ctx, "allocation.read") ? getCollegeAllocations(ctx, query, now) : null,
  ]);
  return { query, toSign, campaigns, convention, inventory, allocations };
}

export type EtablissementDashboard = Awaited<ReturnType<typeof getEtablissementDashboard>>;

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
 * GET /e/[uai]/tableau-de-bord/export?graphique=<key>&format=csv|xlsx&exercice=…: one chart's data.
 * Another collège, an unknown key, a chart the member may not read or has nothing to show: 404.
 */
export async function etablissementDashboardExportResponse(
  request: Request,
  uai: string,
  now: Date = new Date(),
): Promise<Response> {
  const ctx = await getAccessContext({ type: "ETABLISSEMENT", uai });
  if (!ctx || !can(ctx, "dashboard.read")) notFound();
  const search = new URL(request.url).searchParams;
  const key = etablissementExportKeySchema.safeParse(search.get("graphique"));
  if (!key.success || !can(ctx, EXPORT_PERMISSION[key.data])) notFound();
  const query = etablissementDashboardQuerySchema.parse({ exercice: search.get("exercice") });
  const table = await exportTable(ctx, key.data, query, now);
  if (!table) notFound();
  return dataTableResponse(
    exportFormatOf(search),
    `tableau-de-bord-${table.key}-${collegeOf(ctx).uai}${table.fileSuffix ?? ""}`,
    table,
  );
}
