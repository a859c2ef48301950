import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionState, ConventionParty, DecisionKind } from "@/lib/generated/prisma/enums";
import { readContent, type Commitment } from "@/lib/conventions/content";
import type { CommitmentKind } from "@/lib/conventions/vocabulary";
import { describeSla } from "@/lib/assistance/describe-sla";
import type { ConventionKind } from "@/lib/generated/prisma/enums";
import {
  GAP_TARGET_LABELS,
  GAP_TARGETS,
  totalGaps,
  unsafeCollegesGaps,
} from "@/lib/inventory/gaps";
import { parisMidnight } from "@/lib/dates";

/**
 * What a review measured over its period, as stored with it (JSON: amounts in cents as numbers,
 * days as AAAA-MM-JJ). Assembled by the pilot collectivité when it opens or refreshes the review;
 * every party reads the same snapshot, and the frozen PDF prints it.
 */
export interface ReviewFigures {
  period: { from: string; to: string };
  /**
   * A convention-cadre's review: the collèges it covers, those of its tripartites signed by then
   * (absent from a collège's review). Every figure below sums over them.
   */
  colleges?: number;
  /** The incidents of the collège(s) reported in the period, against the convention's service levels. */
  assistance: {
    reported: number;
    openAtEnd: number;
    taken: number;
    takeCommitted: number;
    takeWithin: number;
    takeMedianHours: number | null;
    resolved: number;
    resolveCommitted: number;
    resolveWithin: number;
    resolveMedianHours: number | null;
  };
  /** The service levels the convention commits to, in words. */
  serviceLevels: string[];
  /**
   * Each party's commitments with what Tripartite measured (null: followed by the party, not
   * measured here). Absent from a review assembled before commitments existed.
   */
  commitments?: {
    party: ConventionParty;
    kind: CommitmentKind;
    label: string;
    target: number;
    measured: number | null;
  }[];
  /** Equipment in service against the référentiel; null when no collège's pupils are known. */
  equipment: {
    salles: number;
    lines: { label: string; required: number; actual: number; missing: number }[];
    missingCostCents: number;
  } | null;
  /** Allocations to the collège, per exercice the period touches. */
  allocations: { exercice: number; count: number; amountCents: number }[];
  /** The collège's needs decided in the period. */
  needs: {
    decided: number;
    accepted: number;
    partial: number;
    refused: number;
    acceptedCents: number;
  };
  /**
   * The reports filed in the period on the collèges' projects funded by an appel à projets, and
   * whether the académie assessed them. Absent from a review assembled before issue 18.
   */
  projectReports?: {
    call: string;
    college: string;
    milestone: number;
    filedOn: string;
    classesUsing: number;
    pupilsReached: number;
    equipmentInUsePct: number;
    assessed: boolean;
  }[];
  /** Decisions and actions of the bodies that steer the convention (or its convention-cadre), from meetings held in the period. */
  decisions: {
    body: string;
    meetingOn: string;
    kind: DecisionKind;
    text: string;
    ownerParty: ConventionParty | null;
    dueOn: string | null;
    state: ActionState | null;
  }[];
}

interface ReviewedConvention {
  id: string;
  kind: ConventionKind;
  parentId: string | null;
  etablissementId: string | null;
  inForceVersionId: string | null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The instants the period covers: from its first Paris midnight to the one after its last day. */
function bounds(from: Date, to: Date) {
  return { start: parisMidnight(day(from)), end: parisMidnight(day(to), 1) };
}

async function assistanceFigures(ids: readonly string[], from: Date, to: Date) {
  const { start, end } = bounds(from, to);
  const [row] = await db.$queryRaw<ReviewFigures["assistance"][]>(Prisma.sql`
    SELECT count(*)::int AS "reported",
      (count(*) FILTER (WHERE i."resolvedAt" IS NULL OR i."resolvedAt" >= ${end}))::int AS "openAtEnd",
      count(i."takeChargeWorkMinutes")::int AS "taken",
      (count(*) FILTER (WHERE i."takeChargeTargetMinutes" IS NOT NULL AND i."takeChargeWorkMinutes" IS NOT NULL))::int AS "takeCommitted",
      (count(*) FILTER (WHERE i."takeChargeWorkMinutes" <= i."takeChargeTargetMinutes"))::int AS "takeWithin",
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY i."takeChargeWorkMinutes") / 60.0)::float8 AS "takeMedianHours",
      count(i."resolveWorkMinutes")::int AS "resolved",
      (count(*) FILTER (WHERE i."resolveTargetMinutes" IS NOT NULL AND i."resolveWorkMinutes" IS NOT NULL))::int AS "resolveCommitted",
      (count(*) FILTER (WHERE i."resolveWorkMinutes" <= i."resolveTargetMinutes"))::int AS "resolveWithin",
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY i."resolveWorkMinutes") / 60.0)::float8 AS "resolveMedianHours"
    FROM "Incident" i
    WHERE i."etablissementId" = ANY(${[...ids]}::text[])
      AND i."reportedAt" >= ${start} AND i."reportedAt" < ${end}`);
  return row!;
}

async function equipmentFigures(ids: readonly string[], now: Date) {
  const rows = await unsafeCollegesGaps(ids, now);
  const measured = rows.filter((r) => r.gaps);
  if (measured.length === 0) return null;
  const totals = totalGaps(measured);
  return {
    salles: measured.reduce((sum, r) => sum + r.gaps!.salles, 0),
    lines: GAP_TARGETS.map((t) => ({
      label: GAP_TARGET_LABELS[t],
      required: totals.lines[t].required,
      actual: totals.lines[t].actual,
      missing: totals.lines[t].missing,
    })),
    missingCostCents: totals.missingCostCents,
  };
}

async function allocationFigures(ids: readonly string[], from: Date, to: Date) {
  const rows = await db.allocation.groupBy({
    by: ["exercice"],
    where: {
      etablissementId: { in: [...ids] },
      exercice: { gte: from.getUTCFullYear(), lte: to.getUTCFullYear() },
    },
    _count: { _all: true },
    _sum: { amountCents: true },
    orderBy: { exercice: "asc" },
  });
  return rows.map((r) => ({
    exercice: r.exercice,
    count: r._count._all,
    amountCents: Number(r._sum.amountCents ?? 0n),
  }));
}

async function needFigures(ids: readonly string[], from: Date, to: Date) {
  const { start, end } = bounds(from, to);
  const needs = await db.needRequest.findMany({
    where: { etablissementId: { in: [...ids] }, decidedAt: { gte: start, lt: end } },
    select: { status: true, acceptedCents: true },
  });
  return {
    decided: needs.length,
    accepted: needs.filter((n) => n.status === "ACCEPTE").length,
    partial: needs.filter((n) => n.status === "PARTIEL").length,
    refused: needs.filter((n) => n.status === "REFUSE").length,
    acceptedCents: needs.reduce((sum, n) => sum + Number(n.acceptedCents ?? 0n), 0),
  };
}

async function decisionFigures(convention: ReviewedConvention, from: Date, to: Date) {
  const { start, end } = bounds(from, to);
  const steered = [convention.id, ...(convention.parentId ? [convention.parentId] : [])];
  const rows = await db.bodyDecision.findMany({
    where: {
      body: { steered: { some: { conventionId: { in: steered } } } },
      meeting: { status: { not: "ANNULEE" }, startsAt: { gte: start, lt: end } },
    },
    select: {
      kind: true,
      text: true,
      ownerParty: true,
      dueOn: true,
      state: true,
      body: { select: { name: true } },
      meeting: { select: { startsAt: true } },
    },
    orderBy: [{ meeting: { startsAt: "asc" } }, { createdAt: "asc" }],
    take: 200,
  });
  return rows.map((d) => ({
    body: d.body.name,
    meetingOn: day(d.meeting.startsAt),
    kind: d.kind,
    text: d.text,
    ownerParty: d.ownerParty,
    dueOn: d.dueOn ? day(d.dueOn) : null,
    state: d.state,
  }));
}

async function projectReportFigures(ids: readonly string[], from: Date, to: Date) {
  const { start, end } = bounds(from, to);
  const reports = await db.projectReport.findMany({
    where: {
      application: { etablissementId: { in: [...ids] } },
      filedAt: { gte: start, lt: end },
    },
    select: {
      milestone: true,
      filedAt: true,
      classesUsing: true,
      pupilsReached: true,
      equipmentInUsePct: true,
      assessedAt: true,
      application: {
        select: { call: { select: { title: true } }, etablissement: { select: { name: true } } },
      },
    },
    orderBy: [{ filedAt: "asc" }],
    take: 200,
  });
  return reports.map((r) => ({
    call: r.application.call.title,
    college: r.application.etablissement.name,
    milestone: r.milestone,
    filedOn: day(r.filedAt),
    classesUsing: r.classesUsing,
    pupilsReached: r.pupilsReached,
    equipmentInUsePct: r.equipmentInUsePct,
    assessed: r.assessedAt !== null,
  }));
}

const share = (within: number, committed: number) =>
  committed === 0 ? null : Math.round((within * 100) / committed);

/** What Tripartite measures of each commitment: delays against the service levels, référents designated. */
async function commitmentFigures(
  commitments: readonly Commitment[],
  assistance: ReviewFigures["assistance"],
  ids: readonly string[],
) {
  const referents = commitments.some((c) => c.kind === "REFERENTS")
    ? (
        await db.membership.findMany({
          where: {
            scopeType: "ETABLISSEMENT",
            etablissementId: { in: [...ids] },
            role: { in: ["REFERENT_NUMERIQUE", "REFERENT_TECHNIQUE"] },
            user: { disabledAt: null },
          },
          select: { userId: true, etablissementId: true },
          distinct: ["userId", "etablissementId"],
        })
      ).length
    : 0;
  return commitments.map((c) => ({
    ...c,
    measured:
      c.kind === "PRISE_EN_CHARGE"
        ? share(assistance.takeWithin, assistance.takeCommitted)
        : c.kind === "RESOLUTION"
          ? share(assistance.resolveWithin, assistance.resolveCommitted)
          : c.kind === "REFERENTS"
            ? referents
            : null,
  }));
}

/**
 * The collèges a review covers: a collège's convention, its collège; a convention-cadre, the
 * collèges of the tripartites signed under it (in force, expired or terminated since).
 */
async function reviewedColleges(convention: ReviewedConvention): Promise<string[]> {
  if (convention.etablissementId) return [convention.etablissementId];
  const children = await db.convention.findMany({
    where: {
      parentId: convention.id,
      kind: "TRIPARTITE",
      inForceVersionId: { not: null },
      etablissementId: { not: null },
    },
    select: { etablissementId: true },
    distinct: ["etablissementId"],
  });
  return children.map((c) => c.etablissementId!);
}

/**
 * Assembles a convention's figures over a period, before the transaction that stores them
 * (PGlite has one connection). No access context: the caller has checked that the pilot
 * collectivité sees the convention (or is the demo seed); the collèges' rows are read by id.
 */
export async function unsafeReviewFigures(
  convention: ReviewedConvention,
  period: { from: Date; to: Date },
  now: Date,
): Promise<ReviewFigures> {
  const ids = await reviewedColleges(convention);
  const { from, to } = period;
  const version = await db.conventionVersion.findUniqueOrThrow({
    where: { id: convention.inForceVersionId ?? "" },
    select: { content: true },
  });
  const [assistance, allocations, needs, decisions, projectReports] = await Promise.all([
    assistanceFigures(ids, from, to),
    allocationFigures(ids, from, to),
    needFigures(ids, from, to),
    decisionFigures(convention, from, to),
    projectReportFigures(ids, from, to),
  ]);
  const content = readContent(version.content);
  return {
    period: { from: day(from), to: day(to) },
    ...(convention.kind === "CADRE" ? { colleges: ids.length } : {}),
    assistance,
    serviceLevels: content.assistance.serviceLevels.map(describeSla),
    commitments: await commitmentFigures(content.commitments, assistance, ids),
    equipment: await equipmentFigures(ids, now),
    allocations,
    needs,
    projectReports,
    decisions,
  };
}
