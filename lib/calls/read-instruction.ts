import "server-only";
import { db } from "@/lib/db/client";
import type { ApplicationDecision } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { assertCan, can, type AccessContext } from "@/lib/access/context";
import { applicationScopeWhere } from "@/lib/access/call-scope";
import { todayInParis } from "@/lib/dates";
import { requestedCents, type RequestedLine } from "@/lib/calls/applications";
import type { Criterion } from "@/lib/calls/schemas";
import {
  isRetained,
  reportSchedule,
  scoreView,
  callParties,
  type CallParty,
  type PartyScore,
} from "@/lib/calls/instruction-rules";
import { APPLICATION_NOT_FOUND } from "@/lib/calls/instruction";
import { attachmentListSelect } from "@/lib/calls/read-calls";

/** The party a space reads a call as: the collectivité, the co-pilot académie, or none (a collège). */
export function readerParty(
  ctx: AccessContext,
  call: { academieCode: string | null },
): CallParty | null {
  if (ctx.scope.type === "COLLECTIVITE") return "COLLECTIVITE";
  if (ctx.scope.type === "ACADEMIE" && call.academieCode === ctx.scope.code) return "ETAT";
  return null;
}

const scoreSelect = {
  party: true,
  points: true,
  total: true,
  note: true,
  scoredAt: true,
  scoredByName: true,
} as const;

const decisionSelect = {
  decision: true,
  grantedCents: true,
  decisionReasons: true,
  decisionProposedBy: true,
  decisionCollectiviteAt: true,
  decisionCollectiviteByName: true,
  decisionAcademieAt: true,
  decisionAcademieByName: true,
  decidedAt: true,
  deliveredOn: true,
} as const;

const reportSelect = {
  id: true,
  milestone: true,
  classesUsing: true,
  pupilsReached: true,
  equipmentInUsePct: true,
  whatWorked: true,
  difficulties: true,
  filedAt: true,
  filedByName: true,
  assessment: true,
  assessedAt: true,
  assessedByName: true,
} as const;

/** The follow-up of a decided dossier: its reports, and where each due report stands today. */
function followUp(
  a: {
    decidedAt: Date | null;
    decision: ApplicationDecision | null;
    reports: { milestone: number }[];
  },
  today: Date,
) {
  return a.decidedAt && isRetained(a.decision)
    ? reportSchedule(
        todayInParis(a.decidedAt),
        a.reports.map((r) => r.milestone),
        today,
      )
    : [];
}

/**
 * The instruction of a call's deposited dossiers as one party reads it: each dossier with the
 * scores it may see, ranked by combined score (unscored last), the decisions, and what the
 * retained dossiers hold of the envelope. Only for the collectivité and the co-pilot académie.
 */
export async function instructionOf(
  ctx: AccessContext,
  call: { id: string; academieCode: string | null; envelopeCents: bigint },
  now = new Date(),
) {
  const reader = readerParty(ctx, call);
  if (!reader) return null;
  const joint = call.academieCode !== null;
  const today = todayInParis(now);
  const rows = await db.projectApplication.findMany({
    where: { callId: call.id, status: "DEPOSE" },
    select: {
      id: true,
      equipment: true,
      submittedAt: true,
      etablissement: { select: { uai: true, name: true, communeName: true } },
      scores: { select: scoreSelect },
      reports: { select: { milestone: true, assessedAt: true } },
      ...decisionSelect,
    },
  });
  const dossiers = rows
    .map((a) => ({
      ...a,
      decisionProposedBy: a.decisionProposedBy as CallParty | null,
      requestedCents: requestedCents(a.equipment as unknown as RequestedLine[]),
      scores: scoreView(a.scores as PartyScore[], reader, joint),
      schedule: followUp(a, today),
    }))
    .sort(
      (x, y) =>
        (y.scores.combined ?? -1) - (x.scores.combined ?? -1) ||
        x.etablissement.name.localeCompare(y.etablissement.name, "fr"),
    );
  const held = (final: boolean) =>
    dossiers
      .filter((d) => isRetained(d.decision) && Boolean(d.decidedAt) === final)
      .reduce((sum, d) => sum + (d.grantedCents ?? 0n), 0n);
  const decided = held(true);
  const proposed = held(false);
  return {
    reader,
    dossiers,
    envelope: {
      decided,
      proposed,
      remaining: call.envelopeCents - decided - proposed,
    },
  };
}

export type Instruction = NonNullable<Awaited<ReturnType<typeof instructionOf>>>;

/**
 * One deposited dossier as the collectivité or the co-pilot académie instructs it: the collège's
 * text and equipment, the grid, the scores the reader may see, the decision and its agreements,
 * the delivery and the reports, and what the reader may do. A collège, another collectivité or
 * académie: NOT_FOUND.
 */
export async function getApplicationForInstruction(
  ctx: AccessContext,
  callId: string,
  applicationId: string,
  now = new Date(),
) {
  assertCan(ctx, "call.read");
  if (ctx.scope.type === "ETABLISSEMENT") throw new AppError("NOT_FOUND", APPLICATION_NOT_FOUND);
  const application = await db.projectApplication.findFirst({
    where: { AND: [{ id: applicationId, callId, status: "DEPOSE" }, applicationScopeWhere(ctx)] },
    include: {
      call: {
        select: {
          id: true,
          title: true,
          academieCode: true,
          closesOn: true,
          envelopeCents: true,
          criteria: true,
        },
      },
      etablissement: { select: { uai: true, name: true, communeName: true, secteur: true } },
      scores: { select: scoreSelect },
      reports: { select: reportSelect, orderBy: { milestone: "asc" } },
      attachments: { select: attachmentListSelect, orderBy: { createdAt: "asc" } },
    },
  });
  if (!application) throw new AppError("NOT_FOUND", APPLICATION_NOT_FOUND);
  const { call } = application;
  const reader = readerParty(ctx, call)!;
  const joint = call.academieCode !== null;
  const today = todayInParis(now);
  const equipment = application.equipment as unknown as RequestedLine[];
  const scores = scoreView(application.scores as PartyScore[], reader, joint);
  const instructing = today > call.closesOn && !application.decidedAt;
  const mayAct = can(ctx, reader === "COLLECTIVITE" ? "call.manage" : "call.copilot");
  const parties = callParties(call);
  const allScored = parties.every((p) => application.scores.some((s) => s.party === p));
  const proposedAt =
    application.decisionProposedBy === "COLLECTIVITE"
      ? application.decisionCollectiviteAt
      : application.decisionAcademieAt;
  return {
    ...application,
    // Only the collectivité and the État instruct a call (lib/calls/instruction.ts).
    decisionProposedBy: application.decisionProposedBy as CallParty | null,
    criteria: call.criteria as unknown as Criterion[],
    equipment,
    requestedCents: requestedCents(equipment),
    reader,
    joint,
    scoresView: scores,
    proposedAt,
    schedule: followUp(application, today),
    can: {
      score: instructing && mayAct,
      propose: instructing && mayAct && allScored,
      confirm:
        instructing &&
        mayAct &&
        application.decision !== null &&
        application.decisionProposedBy !== null &&
        application.decisionProposedBy !== reader,
      deliver:
        reader === "COLLECTIVITE" &&
        can(ctx, "call.manage") &&
        application.decidedAt !== null &&
        isRetained(application.decision) &&
        !application.deliveredOn,
      assess: reader === "ETAT" && can(ctx, "call.copilot"),
    },
  };
}

export type ApplicationForInstruction = Awaited<ReturnType<typeof getApplicationForInstruction>>;

/**
 * A collège's own dossier after the deadline: the decision once final (never a proposal), the
 * delivery, its reports with the académie's assessments, and the schedule of the reports due.
 */
export async function ownFollowUp(ctx: AccessContext, callId: string, now = new Date()) {
  if (ctx.scope.type !== "ETABLISSEMENT") return null;
  const application = await db.projectApplication.findUnique({
    where: { callId_etablissementId: { callId, etablissementId: ctx.scope.id } },
    select: {
      status: true,
      ...decisionSelect,
      reports: { select: reportSelect, orderBy: { milestone: "asc" } },
    },
  });
  if (!application?.decidedAt) return null;
  return {
    decision: application.decision!,
    grantedCents: application.grantedCents,
    reasons: application.decisionReasons,
    decidedAt: application.decidedAt,
    deliveredOn: application.deliveredOn,
    reports: application.reports,
    schedule: followUp(application, todayInParis(now)),
    canReport: can(ctx, "call.apply") && application.deliveredOn !== null,
  };
}

export type OwnFollowUp = NonNullable<Awaited<ReturnType<typeof ownFollowUp>>>;
