import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationDecision } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { applicationScopeWhere } from "@/lib/access/call-scope";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { formatCents, formatDate } from "@/lib/format";
import { currentParisYear, todayInParis } from "@/lib/dates";
import { confirmDecisionSchema, decisionSchema, scoreSchema } from "@/lib/calls/schemas";
import type { Criterion } from "@/lib/calls/schemas";
import {
  CALL_PARTY_LABELS,
  DECISION_LABELS,
  isRetained,
  callParties,
  type CallParty,
} from "@/lib/calls/instruction-rules";
import {
  applicationAuditScope,
  requestedCents,
  type RequestedLine,
} from "@/lib/calls/applications";
import { actingParty, callAuditScope, lockCall, type LockedCall } from "@/lib/calls/write-call";

type Tx = Prisma.TransactionClient;

export const APPLICATION_NOT_FOUND = "Ce dossier n'existe pas, ou vous n'y avez pas accès.";

const lockedApplicationSelect = {
  id: true,
  status: true,
  equipment: true,
  decision: true,
  grantedCents: true,
  decisionReasons: true,
  decisionProposedBy: true,
  decisionCollectiviteAt: true,
  decisionCollectiviteById: true,
  decisionAcademieAt: true,
  decisionAcademieById: true,
  decidedAt: true,
  deliveredOn: true,
  etablissement: { select: { id: true, uai: true, name: true, collectiviteId: true } },
  scores: { select: { party: true, scoredById: true } },
} as const satisfies Prisma.ProjectApplicationSelect;

export type LockedApplication = Prisma.ProjectApplicationGetPayload<{
  select: typeof lockedApplicationSelect;
}>;

/**
 * A deposited dossier of the context's scope with its call, both read after the call's row is
 * locked (the call's dossiers are decided one after the other, so the envelope holds). A dossier
 * out of scope, or still a draft, is NOT_FOUND.
 */
export async function lockApplication(
  tx: Tx,
  ctx: AccessContext,
  applicationId: string,
): Promise<{ call: LockedCall; application: LockedApplication }> {
  const found = await tx.projectApplication.findFirst({
    where: { AND: [{ id: applicationId, status: "DEPOSE" }, applicationScopeWhere(ctx)] },
    select: { callId: true },
  });
  if (!found) throw new AppError("NOT_FOUND", APPLICATION_NOT_FOUND);
  const call = await lockCall(tx, ctx, found.callId);
  const application = await tx.projectApplication.findUniqueOrThrow({
    where: { id: applicationId },
    select: lockedApplicationSelect,
  });
  return { call, application };
}

function assertInstructing(call: LockedCall, application: LockedApplication, now: Date) {
  if (todayInParis(now) <= call.closesOn)
    throw new AppError(
      "CONFLICT",
      `L'instruction commence après la date limite de dépôt (${formatDate(call.closesOn)}) : d'autres dossiers peuvent encore arriver.`,
    );
  if (application.decidedAt)
    throw new AppError("CONFLICT", "La décision sur ce dossier est prise : elle ne change plus.");
}

/**
 * One party scores a deposited dossier on the call's grid, by one of its own members, after the
 * deadline and until the decision; it may rescore. The other party's scores stay hidden from it
 * until it has scored (read-calls), and the journal records that a scoring was given, never its
 * points, so that the académie's journal does not reveal the collectivité's scores, nor the reverse.
 */
export async function scoreApplication(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ total: number }> {
  const { applicationId, points, note } = scoreSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { call, application } = await lockApplication(tx, ctx, applicationId);
    const party = actingParty(ctx, call);
    assertInstructing(call, application, now);
    const other = application.scores.find((s) => s.party !== party);
    if (other?.scoredById === ctx.user.id)
      throw new AppError(
        "FORBIDDEN",
        "Vous avez noté ce dossier pour l'autre partie : une même personne ne note pas pour les deux.",
      );
    const criteria = call.criteria as unknown as Criterion[];
    if (points.length !== criteria.length)
      throw new AppError(
        "INVALID_INPUT",
        `Notation : ${criteria.length} critères à noter, ${points.length} notes reçues. Rien n'a été enregistré.`,
      );
    const over = criteria.findIndex((c, i) => points[i]! > c.weight);
    if (over >= 0) {
      const message = `Critère « ${criteria[over]!.label} » : ${criteria[over]!.weight} points au plus.`;
      throw new AppError("INVALID_INPUT", message, { [`points${over}`]: message });
    }
    const total = points.reduce((sum, p) => sum + p, 0);
    const values = {
      points,
      total,
      note,
      scoredAt: now,
      scoredById: ctx.user.id,
      scoredByName: ctx.user.name,
    };
    await tx.applicationScore.upsert({
      where: { applicationId_party: { applicationId: application.id, party } },
      create: { applicationId: application.id, party, ...values },
      update: values,
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: callAuditScope(call),
      action: "call.application.score",
      entityType: "ProjectApplication",
      entityId: application.id,
      after: {
        appel: call.title,
        dossier: `${application.etablissement.name} (${application.etablissement.uai})`,
        notation: `donnée par ${CALL_PARTY_LABELS[party]}`,
      },
      occurredAt: now,
    });
    return { total };
  });
}

/** What the retained dossiers of the call hold of the envelope, this one excepted. */
async function retainedElsewhere(tx: Tx, call: LockedCall, applicationId: string) {
  const others = await tx.projectApplication.aggregate({
    where: {
      callId: call.id,
      id: { not: applicationId },
      decision: { in: ["RETENU", "RETENU_SOUS_CONDITIONS"] },
    },
    _sum: { grantedCents: true },
  });
  return others._sum.grantedCents ?? 0n;
}

async function assertWithinEnvelope(
  tx: Tx,
  call: LockedCall,
  applicationId: string,
  granted: bigint,
) {
  const held = await retainedElsewhere(tx, call, applicationId);
  if (held + granted > call.envelopeCents)
    throw new AppError(
      "CONFLICT",
      `Enveloppe dépassée : ${formatCents(held)} déjà retenus ou proposés, ${formatCents(granted)} pour ce dossier, pour une enveloppe de ${formatCents(call.envelopeCents)}. Rien n'a été enregistré.`,
    );
}

/**
 * A retained dossier's decision became final: the collectivité's allocation to the collège for the
 * exercice of the decision (on the call's budget line when it belongs to that exercice).
 */
async function fund(
  tx: Tx,
  call: LockedCall,
  application: LockedApplication,
  granted: bigint,
  now: Date,
) {
  const exercice = currentParisYear(now);
  const line = call.budgetLineId
    ? await tx.budgetLine.findFirst({
        where: { id: call.budgetLineId, exercice },
        select: { id: true },
      })
    : null;
  const allocation = await tx.allocation.create({
    data: {
      collectiviteId: call.collectiviteId,
      etablissementId: application.etablissement.id,
      exercice,
      kind: "EQUIPEMENT",
      label: `Appel à projets « ${call.title} »`.slice(0, 200),
      amountCents: granted,
      budgetLineId: line?.id ?? null,
    },
    select: { id: true },
  });
  return allocation.id;
}

const agreementOf = (party: CallParty, ctx: AccessContext, now: Date) =>
  party === "COLLECTIVITE"
    ? {
        decisionCollectiviteAt: now,
        decisionCollectiviteById: ctx.user.id,
        decisionCollectiviteByName: ctx.user.name,
      }
    : {
        decisionAcademieAt: now,
        decisionAcademieById: ctx.user.id,
        decisionAcademieByName: ctx.user.name,
      };

const NO_AGREEMENT = {
  decisionCollectiviteAt: null,
  decisionCollectiviteById: null,
  decisionCollectiviteByName: null,
  decisionAcademieAt: null,
  decisionAcademieById: null,
  decisionAcademieByName: null,
};

function decisionAudit(
  call: LockedCall,
  application: LockedApplication,
  decision: ApplicationDecision,
  granted: bigint | null,
  party: CallParty,
) {
  return {
    appel: call.title,
    dossier: `${application.etablissement.name} (${application.etablissement.uai})`,
    decision: DECISION_LABELS[decision],
    ...(granted !== null ? { montant: formatCents(granted) } : {}),
    partie: CALL_PARTY_LABELS[party],
  };
}

/**
 * One party proposes the committee's decision on a dossier scored by every party: retained
 * (within the envelope, at most what it asked for), retained under conditions, postponed or
 * refused, with conditions or reasons the collège reads. On a joint call the decision is final
 * once the other party confirms it (confirmDecision); a new proposal replaces the previous one and
 * withdraws any agreement given to it. On a call of the collectivité alone it is final at once.
 */
export async function proposeDecision(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ final: boolean }> {
  const { applicationId, decision, granted, reasons } = decisionSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { call, application } = await lockApplication(tx, ctx, applicationId);
    const party = actingParty(ctx, call);
    assertInstructing(call, application, now);
    const missing = callParties(call).filter((p) => !application.scores.some((s) => s.party === p));
    if (missing.length > 0)
      throw new AppError(
        "CONFLICT",
        `Le dossier n'est pas encore noté par ${missing.map((p) => CALL_PARTY_LABELS[p]).join(" et ")} : la décision suit la notation des deux parties.`,
      );
    const requested = BigInt(requestedCents(application.equipment as unknown as RequestedLine[]));
    const amount = isRetained(decision) ? (granted ?? requested) : null;
    if (amount !== null && amount > requested) {
      const message = `Montant accordé : ${formatCents(requested)} au plus, ce que le collège a demandé.`;
      throw new AppError("INVALID_INPUT", message, { granted: message });
    }
    if (amount !== null) await assertWithinEnvelope(tx, call, application.id, amount);
    const final = !call.academieCode;
    const allocationId =
      final && amount !== null ? await fund(tx, call, application, amount, now) : null;
    await tx.projectApplication.update({
      where: { id: application.id, decidedAt: null },
      data: {
        decision,
        grantedCents: amount,
        decisionReasons: reasons,
        decisionProposedBy: party,
        ...NO_AGREEMENT,
        ...agreementOf(party, ctx, now),
        ...(final ? { decidedAt: now, allocationId } : {}),
      },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: final
        ? applicationAuditScope(call, application.etablissement.id)
        : callAuditScope(call),
      action: final ? "call.application.decide" : "call.application.propose",
      entityType: "ProjectApplication",
      entityId: application.id,
      after: decisionAudit(call, application, decision, amount, party),
      occurredAt: now,
    });
    return { final };
  });
}

/**
 * The other party confirms the proposed decision as it read it, by one of its own members (never
 * the member who proposed it): the decision is final, the collège learns it, and a retained
 * dossier becomes the collectivité's allocation to the collège.
 */
export async function confirmDecision(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ decision: ApplicationDecision }> {
  const { applicationId, proposedAt } = confirmDecisionSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { call, application } = await lockApplication(tx, ctx, applicationId);
    const party = actingParty(ctx, call);
    assertInstructing(call, application, now);
    const proposer = application.decisionProposedBy;
    if (!application.decision || !proposer)
      throw new AppError("CONFLICT", "Aucune décision n'est proposée sur ce dossier.");
    if (proposer === party)
      throw new AppError(
        "CONFLICT",
        "Votre partie a proposé cette décision : l'autre partie la confirme.",
      );
    const proposal =
      proposer === "COLLECTIVITE"
        ? { at: application.decisionCollectiviteAt, by: application.decisionCollectiviteById }
        : { at: application.decisionAcademieAt, by: application.decisionAcademieById };
    if (proposal.by === ctx.user.id)
      throw new AppError(
        "FORBIDDEN",
        "Vous avez proposé cette décision pour l'autre partie : une même personne ne décide pas pour les deux.",
      );
    if (proposal.at?.toISOString() !== new Date(proposedAt).toISOString())
      throw new AppError(
        "CONFLICT",
        "La proposition a changé depuis que vous l'avez lue : relisez-la avant de la confirmer.",
      );
    const granted = application.grantedCents;
    if (granted !== null) await assertWithinEnvelope(tx, call, application.id, granted);
    const allocationId =
      granted !== null && isRetained(application.decision)
        ? await fund(tx, call, application, granted, now)
        : null;
    await tx.projectApplication.update({
      where: { id: application.id, decidedAt: null },
      data: { ...agreementOf(party, ctx, now), decidedAt: now, allocationId },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: applicationAuditScope(call, application.etablissement.id),
      action: "call.application.decide",
      entityType: "ProjectApplication",
      entityId: application.id,
      after: decisionAudit(call, application, application.decision, granted, party),
      occurredAt: now,
    });
    return { decision: application.decision };
  });
}
