import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionParty } from "@/lib/generated/prisma/enums";
import type { AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent, partiesAuditScope } from "@/lib/audit/append-audit-event";
import { sha256Hex } from "@/lib/conventions/verify-document";
import { verifySignerPassword } from "@/lib/conventions/verify-password";
import { PARTY_IN_SENTENCE } from "@/lib/conventions/vocabulary";
import { deliverQueuedMails, queueMail } from "@/lib/mail/send-mail";
import { formatDate } from "@/lib/format";
import {
  actingParty,
  assertSecretariat,
  bodyScopeWhere,
  lockBody,
} from "@/lib/governance/body-scope";
import {
  assertMinutesDraft,
  assertNotCancelled,
  lockMeeting,
  type LockedMeeting,
} from "@/lib/governance/meeting-scope";
import {
  approveMinutesSchema,
  decisionIdSchema,
  decisionSchema,
  meetingIdSchema,
  minutesTextSchema,
  requestCorrectionSchema,
} from "@/lib/governance/meeting-schemas";
import { attendanceRoll, meetingPages } from "@/lib/governance/meetings";
import { readMinutesDocument } from "@/lib/governance/minutes-document";
import { renderApprovedMinutesPdf, renderMinutesPdf } from "@/lib/governance/minutes-pdf";

type Tx = Prisma.TransactionClient;
type LockedBody = Awaited<ReturnType<typeof lockBody>>;

/** Where a co-chair's approval comes from: recorded with it as evidence. */
export interface ApprovalMeta {
  ip: string | null;
  userAgent: string | null;
}

/** The minutes are written once the meeting has begun, by the secretariat, in draft. */
async function lockDraft(tx: Tx, ctx: AccessContext, meetingId: string, now: Date) {
  const locked = await lockMeeting(tx, ctx, meetingId);
  assertSecretariat(ctx, locked.body);
  assertNotCancelled(locked.meeting);
  assertMinutesDraft(locked.meeting);
  if (locked.meeting.startsAt > now)
    throw new AppError("CONFLICT", "Le compte rendu s'écrit une fois la séance commencée.");
  return locked;
}

function audit(
  tx: Tx,
  ctx: AccessContext,
  body: LockedBody,
  meeting: Pick<LockedMeeting, "id">,
  action: string,
  now: Date,
  change: { before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue } = {},
) {
  return appendMemberAuditEvent(tx, ctx, {
    scope: partiesAuditScope(body),
    action,
    entityType: "Meeting",
    entityId: meeting.id,
    occurredAt: now,
    ...change,
  });
}

/** Saves the minutes' text: the general part and each agenda item's. */
export async function saveMinutes(ctx: AccessContext, input: unknown, now = new Date()) {
  const { meetingId, summary, items } = minutesTextSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { body, meeting } = await lockDraft(tx, ctx, meetingId, now);
    const ids = new Set(meeting.agenda.map((i) => i.id));
    if (items.some((i) => !ids.has(i.id)))
      throw new AppError(
        "CONFLICT",
        "L'ordre du jour a changé depuis que vous avez ouvert la page : rechargez-la.",
      );
    await tx.meeting.update({ where: { id: meeting.id }, data: { summary } });
    for (const item of items)
      await tx.agendaItem.update({ where: { id: item.id }, data: { minutes: item.minutes } });
    await audit(tx, ctx, body, meeting, "governance.minutes.save", now, {
      after: { summary: summary.length, items: items.length },
    });
    return { saved: items.length };
  });
}

/** Records a decision, or an action with its owner party (and member) and due date. */
export async function addDecision(ctx: AccessContext, input: unknown, now = new Date()) {
  const data = decisionSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { body, meeting } = await lockDraft(tx, ctx, data.meetingId, now);
    if (data.agendaItemId && !meeting.agenda.some((i) => i.id === data.agendaItemId))
      throw new AppError("INVALID_INPUT", "Ce point n'est pas à l'ordre du jour de la séance.", {
        agendaItemId: "Choisissez un point de l'ordre du jour.",
      });
    const action = data.kind === "ACTION";
    if (action && data.ownerMemberId) {
      const owner = await tx.bodyMember.findFirst({
        where: { id: data.ownerMemberId, bodyId: body.id, party: data.ownerParty, endedAt: null },
        select: { id: true },
      });
      if (!owner)
        throw new AppError(
          "INVALID_INPUT",
          "Le porteur choisi ne siège pas pour la partie responsable.",
          { ownerMemberId: "Choisissez un membre de la partie responsable." },
        );
    }
    const decision = await tx.bodyDecision.create({
      data: {
        bodyId: body.id,
        meetingId: meeting.id,
        agendaItemId: data.agendaItemId,
        kind: data.kind,
        text: data.text,
        ownerParty: action ? data.ownerParty : null,
        ownerMemberId: action ? data.ownerMemberId : null,
        dueOn: action ? data.dueOn : null,
        state: action ? "A_FAIRE" : null,
      },
      select: { id: true, kind: true },
    });
    await audit(tx, ctx, body, meeting, "governance.decision.add", now, {
      after: { kind: data.kind, text: data.text, ownerParty: data.ownerParty ?? null },
    });
    return decision;
  });
}

/** Removes a decision from minutes in draft. */
export async function removeDecision(ctx: AccessContext, input: unknown, now = new Date()) {
  const { decisionId } = decisionIdSchema.parse(input);
  return db.$transaction(async (tx) => {
    const found = await tx.bodyDecision.findFirst({
      where: { id: decisionId, body: bodyScopeWhere(ctx) },
      select: { meetingId: true },
    });
    if (!found) throw new AppError("NOT_FOUND", "Cette décision n'existe pas dans votre espace.");
    const { body, meeting } = await lockDraft(tx, ctx, found.meetingId, now);
    const decision = await tx.bodyDecision.findFirst({
      where: { id: decisionId, meetingId: meeting.id },
      select: { id: true, kind: true, text: true },
    });
    if (!decision)
      throw new AppError("NOT_FOUND", "Cette décision n'existe pas dans votre espace.");
    await tx.bodyDecision.delete({ where: { id: decision.id } });
    await audit(tx, ctx, body, meeting, "governance.decision.remove", now, {
      before: { kind: decision.kind, text: decision.text },
    });
    return decision;
  });
}

/**
 * Freezes the minutes into a PDF and asks each co-chair in office (with an account) to approve
 * its SHA-256. Needs the attendance recorded for every member on the roll, some text, and at
 * least one co-chair.
 */
export async function freezeMinutes(ctx: AccessContext, input: unknown, now = new Date()) {
  const { meetingId } = meetingIdSchema.parse(input);
  const { result, mailIds } = await db.$transaction(async (tx) => {
    const { body, meeting } = await lockDraft(tx, ctx, meetingId, now);
    const roll = await attendanceRoll(tx, body.id, meeting);
    const missing = roll.filter((m) => !m.attendances[0]?.status).map((m) => m.name);
    if (roll.length === 0 || missing.length > 0)
      throw new AppError(
        "CONFLICT",
        roll.length === 0
          ? "Aucun membre n'a siégé : relevez les présences avant de figer le compte rendu."
          : `Relevez d'abord la présence de : ${missing.join(", ")}.`,
      );
    if (meeting.summary === "" && meeting.agenda.every((i) => i.minutes === ""))
      throw new AppError("CONFLICT", "Le compte rendu est vide : rédigez-le avant de le figer.");
    const chairs = await tx.bodyMember.findMany({
      where: { bodyId: body.id, role: "COPRESIDENT", endedAt: null, userId: { not: null } },
      select: { id: true, party: true, userId: true, name: true, qualite: true, email: true },
      orderBy: { party: "asc" },
    });
    if (chairs.length === 0)
      throw new AppError(
        "CONFLICT",
        "Aucun coprésident n'est désigné : chaque partie désigne le sien, qui approuvera le compte rendu.",
      );
    const doc = await readMinutesDocument(
      tx,
      meeting.id,
      chairs.map((c) => ({ name: c.name, party: c.party, qualite: c.qualite })),
      now,
    );
    const pdf = await renderMinutesPdf(doc);
    const sha256 = sha256Hex(pdf);
    const round = meeting.minutesRound + 1;
    await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        minutesStatus: "EN_APPROBATION",
        minutesRound: round,
        frozenPdf: new Uint8Array(pdf),
        frozenSha256: sha256,
        frozenAt: now,
      },
    });
    await tx.minutesApproval.createMany({
      data: chairs.map((c) => ({
        meetingId: meeting.id,
        round,
        frozenSha256: sha256,
        party: c.party,
        memberId: c.id,
        userId: c.userId!,
        name: c.name,
        qualite: c.qualite,
      })),
    });
    const page = await meetingPages(tx, body.id, meeting.id);
    const mailIds: string[] = [];
    for (const chair of chairs) {
      if (!chair.email) continue;
      mailIds.push(
        await queueMail(tx, {
          to: chair.email,
          subject: `Compte rendu à approuver : ${body.name} — séance du ${formatDate(meeting.startsAt)}`,
          text: [
            `Bonjour ${chair.name},`,
            "",
            `Le compte rendu de la séance « ${meeting.title} » de l'instance « ${body.name} » est figé. Vous coprésidez l'instance pour ${PARTY_IN_SENTENCE[chair.party]} : relisez-le et approuvez-le, ou demandez une correction, depuis la page de la séance dans Tripartite.`,
            "",
            `Empreinte SHA-256 du compte rendu figé : ${sha256}`,
            `La séance dans Tripartite : ${page(chair.party)}`,
          ].join("\n"),
        }),
      );
    }
    await audit(tx, ctx, body, meeting, "governance.minutes.freeze", now, {
      after: { sha256, approvers: chairs.map((c) => c.name) },
    });
    return { result: { sha256, approvers: chairs.length }, mailIds };
  });
  await deliverQueuedMails(db, mailIds);
  return result;
}

/** Ends an approval round: the minutes go back to draft, pending answers become void. */
async function backToDraft(tx: Tx, meetingId: string) {
  await tx.minutesApproval.updateMany({
    where: { meetingId, status: "EN_ATTENTE" },
    data: { status: "CADUQUE" },
  });
  await tx.meeting.update({
    where: { id: meetingId },
    data: { minutesStatus: "BROUILLON", frozenPdf: null, frozenSha256: null, frozenAt: null },
  });
}

/** The minutes frozen and awaiting approval, on the very document the reader saw. */
function assertAwaitingApproval(meeting: LockedMeeting, sha256: string) {
  if (meeting.minutesStatus !== "EN_APPROBATION")
    throw new AppError(
      "CONFLICT",
      meeting.minutesStatus === "APPROUVE"
        ? "Ce compte rendu est déjà approuvé."
        : "Ce compte rendu n'est pas soumis à approbation : rechargez la page.",
    );
  if (meeting.frozenSha256 !== sha256)
    throw new AppError(
      "CONFLICT",
      "Le compte rendu que vous avez lu a été remplacé par une nouvelle version : relisez-la.",
    );
}

/**
 * The context's own pending approval on the frozen minutes: only the co-chair named at the
 * freeze, from their own account and their party's space, still in office.
 */
async function ownApproval(tx: Tx, ctx: AccessContext, meeting: LockedMeeting) {
  const party = actingParty(ctx, "governance.read");
  const approval = await tx.minutesApproval.findFirst({
    where: { meetingId: meeting.id, round: meeting.minutesRound, party },
    select: {
      id: true,
      userId: true,
      status: true,
      name: true,
      member: { select: { endedAt: true } },
    },
  });
  if (!approval || approval.userId !== ctx.user.id)
    throw new AppError(
      "FORBIDDEN",
      "Seul le coprésident de votre partie désigné au moment où le compte rendu a été figé l'approuve, depuis son propre compte.",
    );
  if (approval.status !== "EN_ATTENTE")
    throw new AppError("CONFLICT", "Vous avez déjà répondu sur ce compte rendu.");
  if (approval.member.endedAt)
    throw new AppError(
      "CONFLICT",
      "Votre mandat de coprésident a pris fin : le secrétariat doit reprendre le compte rendu pour le soumettre au coprésident en fonction.",
    );
  return { ...approval, party };
}

/**
 * A co-chair approves the frozen minutes, after typing their password again; the approval binds
 * the SHA-256 they read. The last approval produces the final PDF with its certificate.
 */
export async function approveMinutes(
  ctx: AccessContext,
  input: unknown,
  meta: ApprovalMeta,
  now = new Date(),
) {
  const data = approveMinutesSchema.parse(input);
  actingParty(ctx, "governance.read");
  await verifySignerPassword(
    ctx,
    data.password,
    "Mot de passe incorrect : l'approbation n'a pas été enregistrée.",
  );
  return db.$transaction(async (tx) => {
    const { body, meeting } = await lockMeeting(tx, ctx, data.meetingId);
    assertAwaitingApproval(meeting, data.sha256);
    const approval = await ownApproval(tx, ctx, meeting);
    await tx.minutesApproval.update({
      where: { id: approval.id },
      data: { status: "APPROUVEE", decidedAt: now, ip: meta.ip, userAgent: meta.userAgent },
    });
    await audit(tx, ctx, body, meeting, "governance.minutes.approve", now, {
      after: { party: approval.party, sha256: data.sha256 },
    });
    const round = await tx.minutesApproval.findMany({
      where: { meetingId: meeting.id, round: meeting.minutesRound },
      select: {
        status: true,
        name: true,
        party: true,
        qualite: true,
        decidedAt: true,
        ip: true,
        userAgent: true,
        frozenSha256: true,
      },
      orderBy: { party: "asc" },
    });
    if (round.some((a) => a.status !== "APPROUVEE")) return { complete: false };
    const doc = await readMinutesDocumentForFinal(tx, meeting, round);
    const finalPdf = await renderApprovedMinutesPdf(meeting.frozenPdf!, {
      doc,
      frozenSha256: data.sha256,
      approvals: round.map((a) => ({
        name: a.name,
        party: a.party,
        qualite: a.qualite,
        decidedAt: a.decidedAt!,
        ip: a.ip,
        userAgent: a.userAgent,
        sha256: a.frozenSha256,
      })),
      approvedAt: now,
    });
    const finalSha256 = sha256Hex(finalPdf);
    await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        minutesStatus: "APPROUVE",
        finalPdf: new Uint8Array(finalPdf),
        finalSha256,
        approvedAt: now,
      },
    });
    await audit(tx, ctx, body, meeting, "governance.minutes.final", now, {
      after: { frozenSha256: data.sha256, finalSha256 },
    });
    return { complete: true };
  });
}

/**
 * The document as frozen, for the certificate's header: read again from the frozen state (the
 * frozen pages themselves are copied as they are).
 */
async function readMinutesDocumentForFinal(
  tx: Tx,
  meeting: LockedMeeting,
  round: { name: string; party: ConventionParty; qualite: string }[],
) {
  const frozen = await tx.meeting.findUniqueOrThrow({
    where: { id: meeting.id },
    select: { frozenAt: true },
  });
  return readMinutesDocument(
    tx,
    meeting.id,
    round.map((a) => ({ name: a.name, party: a.party, qualite: a.qualite })),
    frozen.frozenAt!,
  );
}

/** A co-chair asks for a correction (with what to correct): the minutes go back to draft. */
export async function requestCorrection(ctx: AccessContext, input: unknown, now = new Date()) {
  const data = requestCorrectionSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { body, meeting } = await lockMeeting(tx, ctx, data.meetingId);
    assertAwaitingApproval(meeting, data.sha256);
    const approval = await ownApproval(tx, ctx, meeting);
    await tx.minutesApproval.update({
      where: { id: approval.id },
      data: { status: "CORRECTION_DEMANDEE", reason: data.reason, decidedAt: now },
    });
    await backToDraft(tx, meeting.id);
    await audit(tx, ctx, body, meeting, "governance.minutes.correction", now, {
      after: { party: approval.party, reason: data.reason },
    });
    return { title: meeting.title };
  });
}

/** The secretariat takes frozen minutes back to draft (a co-chair left, a mistake seen). */
export async function reopenMinutes(ctx: AccessContext, input: unknown, now = new Date()) {
  const { meetingId } = meetingIdSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { body, meeting } = await lockMeeting(tx, ctx, meetingId);
    assertSecretariat(ctx, body);
    if (meeting.minutesStatus !== "EN_APPROBATION")
      throw new AppError("CONFLICT", "Ce compte rendu n'est pas en approbation.");
    await backToDraft(tx, meeting.id);
    await audit(tx, ctx, body, meeting, "governance.minutes.correction", now, {
      after: { reopenedBy: "secretariat" },
    });
    return { title: meeting.title };
  });
}
