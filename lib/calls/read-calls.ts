import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assertCan, can, type AccessContext } from "@/lib/access/context";
import { callScopeWhere } from "@/lib/access/call-scope";
import { todayInParis } from "@/lib/dates";
import { callPhase, ineligibility } from "@/lib/calls/rules";
import { requestedCents, type RequestedLine } from "@/lib/calls/applications";
import type { Criterion } from "@/lib/calls/schemas";
import { CALL_NOT_FOUND } from "@/lib/calls/write-call";
import { loadReferential } from "@/lib/inventory/referential";

/** What a page lists of a dossier's files (never their bytes). */
export const attachmentListSelect = {
  id: true,
  fileName: true,
  size: true,
  createdAt: true,
  uploadedByName: true,
} as const satisfies Prisma.ApplicationAttachmentSelect;

const callListSelect = {
  id: true,
  title: true,
  status: true,
  academieCode: true,
  opensOn: true,
  closesOn: true,
  decisionOn: true,
  envelopeCents: true,
  eligiblePublic: true,
  eligiblePrivate: true,
  prioritaireOnly: true,
  collectiviteAgreedAt: true,
  academieAgreedAt: true,
  collectivite: { select: { name: true } },
} as const satisfies Prisma.ProjectCallSelect;

/** The college of an établissement's context, as eligibility reads it. */
async function ownCollege(ctx: AccessContext) {
  if (ctx.scope.type !== "ETABLISSEMENT") return null;
  return db.etablissement.findUniqueOrThrow({
    where: { id: ctx.scope.id },
    select: { id: true, secteur: true, educationPrioritaire: true, etat: true },
  });
}

/**
 * The calls a context sees, latest deadline first, with where each stands: for a collège only
 * those it is eligible to, with its own dossier's state; for the collectivité and the co-pilot
 * académie, the number of dossiers deposited.
 */
export async function listCalls(ctx: AccessContext, now = new Date()) {
  assertCan(ctx, "call.read");
  const today = todayInParis(now);
  const college = await ownCollege(ctx);
  const calls = await db.projectCall.findMany({
    where: callScopeWhere(ctx),
    select: {
      ...callListSelect,
      applications: {
        where: college ? { etablissementId: college.id } : { status: "DEPOSE" },
        select: { status: true },
      },
    },
    orderBy: [{ closesOn: "desc" }, { title: "asc" }],
  });
  return calls
    .filter((c) => !college || ineligibility(c, college) === null)
    .map(({ applications, ...c }) => ({
      ...c,
      joint: c.academieCode !== null,
      phase: callPhase(c, today),
      deposited: college ? 0 : applications.length,
      ownStatus: college ? (applications[0]?.status ?? null) : null,
    }));
}

export type CallListItem = Awaited<ReturnType<typeof listCalls>>[number];

/**
 * One call as the context sees it: its terms, the parties' agreements, and the dossiers — all the
 * deposited ones for the collectivité and the co-pilot académie, its own for a collège (which sees
 * a call it is not eligible to as not found).
 */
export async function getCall(ctx: AccessContext, callId: string, now = new Date()) {
  assertCan(ctx, "call.read");
  const college = await ownCollege(ctx);
  const call = await db.projectCall.findFirst({
    where: { AND: [{ id: callId }, callScopeWhere(ctx)] },
    include: {
      collectivite: { select: { name: true, code: true } },
      academie: { select: { name: true } },
      budgetLine: { select: { chapitre: true, nature: true, label: true, exercice: true } },
    },
  });
  if (!call || (college && ineligibility(call, college) !== null))
    throw new AppError("NOT_FOUND", CALL_NOT_FOUND);
  const applications = await db.projectApplication.findMany({
    where: college
      ? { callId: call.id, etablissementId: college.id }
      : { callId: call.id, status: "DEPOSE" },
    include: {
      etablissement: { select: { uai: true, name: true, communeName: true } },
      attachments: { select: attachmentListSelect, orderBy: { createdAt: "asc" } },
    },
    orderBy: [{ submittedAt: "asc" }, { etablissement: { name: "asc" } }],
  });
  const phase = callPhase(call, todayInParis(now));
  const party =
    ctx.scope.type === "COLLECTIVITE"
      ? "COLLECTIVITE"
      : ctx.scope.type === "ACADEMIE"
        ? "ETAT"
        : null;
  const agreed = party === "COLLECTIVITE" ? call.collectiviteAgreedAt : call.academieAgreedAt;
  // What a collège reads beside each quantity it asks for: the référentiel's unit cost today.
  const referential = college ? await loadReferential(db, call.collectiviteId) : null;
  return {
    ...call,
    joint: call.academieCode !== null,
    criteria: call.criteria as unknown as Criterion[],
    phase,
    unitCostCents: Object.fromEntries(
      call.categories.map((c) => [c, referential?.rules[c].unitCostCents ?? 0]),
    ) as Partial<Record<(typeof call.categories)[number], number>>,
    applications: applications.map((a) => {
      const equipment = a.equipment as unknown as RequestedLine[];
      return { ...a, equipment, totalCents: requestedCents(equipment) };
    }),
    can: {
      edit: call.status === "BROUILLON" && party === "COLLECTIVITE" && can(ctx, "call.manage"),
      agree:
        call.status === "BROUILLON" &&
        !agreed &&
        ((party === "COLLECTIVITE" && can(ctx, "call.manage")) ||
          (party === "ETAT" && can(ctx, "call.copilot"))),
      apply: college !== null && phase === "OUVERT" && can(ctx, "call.apply"),
      remind: party === "COLLECTIVITE" && phase === "OUVERT" && can(ctx, "call.manage"),
    },
  };
}

export type CallDetail = Awaited<ReturnType<typeof getCall>>;
