import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionParty } from "@/lib/generated/prisma/enums";
import type { AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent, partiesAuditScope } from "@/lib/audit/append-audit-event";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { parisInstant } from "@/lib/dates";
import { appBaseUrl, deliverQueuedMails, queueMail } from "@/lib/mail/send-mail";
import { plural } from "@/lib/format";
import { assertSecretariat, lockBody } from "@/lib/governance/body-scope";
import {
  assertMinutesDraft,
  assertNotCancelled,
  lockMeeting,
  type LockedMeeting,
} from "@/lib/governance/meeting-scope";
import {
  attendanceSchema,
  cancelMeetingSchema,
  meetingIdSchema,
  scheduleMeetingSchema,
  updateMeetingSchema,
} from "@/lib/governance/meeting-schemas";
import { agendaText, meetingInvitation } from "@/lib/governance/invitation";
import { meetingWhen } from "@/lib/governance/meeting-time";

type Tx = Prisma.TransactionClient;
type LockedBody = Awaited<ReturnType<typeof lockBody>>;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The meeting's instants from the form's Paris day and times. */
function instantsOf(fields: { day: Date; start: string; end: string }) {
  const day = isoDay(fields.day);
  return { startsAt: parisInstant(day, fields.start), endsAt: parisInstant(day, fields.end) };
}

/** The page of a meeting in the space of a member's party (the link of their convocation). */
export async function meetingPages(tx: Tx, bodyId: string, meetingId: string) {
  const body = await tx.governanceBody.findUniqueOrThrow({
    where: { id: bodyId },
    select: {
      academieCode: true,
      collectivite: { select: { code: true } },
      etablissement: { select: { uai: true } },
    },
  });
  const base = appBaseUrl();
  const space: Record<ConventionParty, string | null> = {
    COLLECTIVITE: `/c/${body.collectivite.code}`,
    ETAT: `/a/${body.academieCode}`,
    EPLE: body.etablissement ? `/e/${body.etablissement.uai}` : null,
  };
  return (party: ConventionParty) =>
    `${base}${space[party] ?? space.COLLECTIVITE}/instances/seances/${meetingId}`;
}

type Kind = "convocation" | "modification" | "annulation";

const SUBJECTS: Record<Kind, string> = {
  convocation: "Convocation",
  modification: "Séance modifiée",
  annulation: "Séance annulée",
};

/**
 * One mail per member with an address, each carrying the meeting's iCalendar invitation (REQUEST
 * for a convocation or a change, CANCEL for a cancellation) that lists every member invited.
 * Queued in the caller's transaction; returns their ids, to deliver once it committed.
 */
async function queueInvitations(
  tx: Tx,
  ctx: AccessContext,
  body: LockedBody,
  meeting: LockedMeeting,
  recipients: readonly {
    name: string;
    email: string | null;
    party: ConventionParty;
    role: string;
  }[],
  kind: Kind,
  note: string | null = null,
): Promise<string[]> {
  const page = await meetingPages(tx, body.id, meeting.id);
  const invited = recipients.flatMap((r) =>
    r.email ? [{ name: r.name, email: r.email, chair: r.role === "COPRESIDENT" }] : [],
  );
  const invitationOf = { ...meeting, bodyName: body.name };
  const method = kind === "annulation" ? "CANCEL" : "REQUEST";
  const ids: string[] = [];
  for (const recipient of recipients) {
    if (!recipient.email) continue;
    const url = page(recipient.party);
    const ics = meetingInvitation(
      invitationOf,
      method,
      { name: ctx.user.name, email: ctx.user.email },
      invited,
      url,
    );
    const lead =
      kind === "convocation"
        ? `${PARTY_LABELS[body.secretariatParty]}, qui tient le secrétariat de l'instance « ${body.name} », vous convoque à sa séance « ${meeting.title} ».`
        : kind === "modification"
          ? `La séance « ${meeting.title} » de l'instance « ${body.name} » a été modifiée. Voici ce qui est désormais prévu.`
          : `La séance « ${meeting.title} » de l'instance « ${body.name} » est annulée.`;
    const text = [
      `Bonjour ${recipient.name},`,
      "",
      lead,
      ...(note ? ["", note] : []),
      "",
      `Date : ${meetingWhen(meeting.startsAt, meeting.endsAt)} (heure de Paris)`,
      ...(meeting.place ? [`Lieu : ${meeting.place}`] : []),
      ...(meeting.videoUrl ? [`Visioconférence : ${meeting.videoUrl}`] : []),
      ...(kind === "annulation" ? [] : ["", "Ordre du jour :", agendaText(meeting.agenda)]),
      "",
      kind === "annulation"
        ? "L'annulation jointe (invitation.ics) retire la séance de votre agenda."
        : "L'invitation jointe (invitation.ics) inscrit la séance dans votre agenda.",
      `La séance dans Tripartite : ${url}`,
    ].join("\n");
    ids.push(
      await queueMail(tx, {
        to: recipient.email,
        subject: `${SUBJECTS[kind]} : ${body.name} — ${meetingWhen(meeting.startsAt, meeting.endsAt)}`,
        text,
        calendar: { method, ics },
      }),
    );
  }
  return ids;
}

/** The members convened to a meeting and still in office: those who get its changes. */
async function convenedMembers(tx: Tx, meetingId: string) {
  const rows = await tx.meetingAttendance.findMany({
    where: { meetingId, convokedAt: { not: null }, member: { endedAt: null } },
    select: { member: { select: { name: true, email: true, party: true, role: true } } },
  });
  return rows.map((r) => r.member);
}

/** Schedules a meeting of a body (its secretariat only), with its agenda. Not convened yet. */
export async function scheduleMeeting(ctx: AccessContext, input: unknown, now = new Date()) {
  const { bodyId, agenda, ...fields } = scheduleMeetingSchema.parse(input);
  return db.$transaction(async (tx) => {
    const body = await lockBody(tx, ctx, bodyId);
    assertSecretariat(ctx, body);
    const { startsAt, endsAt } = instantsOf(fields);
    const meeting = await tx.meeting.create({
      data: {
        bodyId: body.id,
        title: fields.title,
        startsAt,
        endsAt,
        place: fields.place,
        videoUrl: fields.videoUrl,
        icsUid: `${randomUUID()}@tripartite`,
        createdById: ctx.user.id,
        agenda: { create: agenda.map((item, position) => ({ ...item, position })) },
      },
      select: { id: true, title: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: partiesAuditScope(body),
      action: "governance.meeting.schedule",
      entityType: "Meeting",
      entityId: meeting.id,
      after: { title: meeting.title, startsAt, endsAt, agenda: agenda.length },
      occurredAt: now,
    });
    return meeting;
  });
}

/**
 * Changes a meeting's date, place or agenda. An agenda item keeps its place (and its minutes) by
 * position; one that already carries minutes or decisions cannot be dropped. A convened meeting
 * cannot move into the past, and every member convened receives the change with an updated
 * invitation (same UID, next SEQUENCE).
 */
export async function updateMeeting(ctx: AccessContext, input: unknown, now = new Date()) {
  const { meetingId, agenda, ...fields } = updateMeetingSchema.parse(input);
  const { result, mailIds } = await db.$transaction(async (tx) => {
    const { body, meeting } = await lockMeeting(tx, ctx, meetingId);
    assertSecretariat(ctx, body);
    assertNotCancelled(meeting);
    assertMinutesDraft(meeting);
    const { startsAt, endsAt } = instantsOf(fields);
    const convened = meeting.status === "CONVOQUEE";
    if (convened && startsAt <= now)
      throw new AppError(
        "INVALID_INPUT",
        "Une séance convoquée ne se déplace que vers une date à venir.",
        { day: "Choisissez une date à venir." },
      );
    const dropped = meeting.agenda.slice(agenda.length);
    if (dropped.length > 0) {
      const used = await tx.bodyDecision.count({
        where: { agendaItemId: { in: dropped.map((i) => i.id) } },
      });
      if (used > 0 || dropped.some((i) => i.minutes !== ""))
        throw new AppError(
          "CONFLICT",
          "Un point retiré de l'ordre du jour porte déjà un compte rendu ou des décisions : gardez-le.",
          { agenda: "Gardez les points qui ont un compte rendu." },
        );
      await tx.agendaItem.deleteMany({ where: { id: { in: dropped.map((i) => i.id) } } });
    }
    for (const [position, item] of agenda.entries()) {
      await tx.agendaItem.upsert({
        where: { meetingId_position: { meetingId: meeting.id, position } },
        create: { meetingId: meeting.id, position, ...item },
        update: item,
      });
    }
    const updated = await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        title: fields.title,
        startsAt,
        endsAt,
        place: fields.place,
        videoUrl: fields.videoUrl,
        icsSequence: convened ? { increment: 1 } : undefined,
      },
      select: { icsSequence: true },
    });
    const mailIds = convened
      ? await queueInvitations(
          tx,
          ctx,
          body,
          {
            ...meeting,
            ...fields,
            startsAt,
            endsAt,
            icsSequence: updated.icsSequence,
            agenda: agenda.map((item, position) => ({ ...item, position, id: "", minutes: "" })),
          },
          await convenedMembers(tx, meeting.id),
          "modification",
        )
      : [];
    await appendMemberAuditEvent(tx, ctx, {
      scope: partiesAuditScope(body),
      action: "governance.meeting.update",
      entityType: "Meeting",
      entityId: meeting.id,
      before: { title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt },
      after: {
        title: fields.title,
        startsAt,
        endsAt,
        agenda: agenda.length,
        mails: mailIds.length,
      },
      occurredAt: now,
    });
    return { result: { title: fields.title, mails: mailIds.length }, mailIds };
  });
  await deliverQueuedMails(db, mailIds);
  return result;
}

/**
 * Convenes a meeting: each member in office not convened yet gets a mail with the invitation
 * (those without an address are listed as convened outside the platform). Sent again after new
 * designations, it convenes the newcomers only.
 */
export async function conveneMeeting(ctx: AccessContext, input: unknown, now = new Date()) {
  const { meetingId } = meetingIdSchema.parse(input);
  const { result, mailIds } = await db.$transaction(async (tx) => {
    const { body, meeting } = await lockMeeting(tx, ctx, meetingId);
    assertSecretariat(ctx, body);
    assertNotCancelled(meeting);
    if (meeting.startsAt <= now)
      throw new AppError(
        "CONFLICT",
        "Cette séance a commencé ou est passée : on ne convoque qu'à une séance à venir.",
      );
    const members = await tx.bodyMember.findMany({
      where: { bodyId: body.id, endedAt: null, attendances: { none: { meetingId: meeting.id } } },
      select: { id: true, name: true, email: true, party: true, role: true },
      orderBy: [{ party: "asc" }, { name: "asc" }],
    });
    if (members.length === 0)
      throw new AppError(
        "CONFLICT",
        meeting.status === "CONVOQUEE"
          ? "Tous les membres en fonction ont déjà été convoqués."
          : "Aucun membre n'est désigné dans cette instance : chaque partie désigne d'abord les siens.",
      );
    await tx.meetingAttendance.createMany({
      data: members.map((m) => ({
        meetingId: meeting.id,
        memberId: m.id,
        convokedAt: m.email ? now : null,
      })),
    });
    await tx.meeting.update({
      where: { id: meeting.id },
      data: { status: "CONVOQUEE", convenedAt: meeting.status === "CONVOQUEE" ? undefined : now },
    });
    const mailIds = await queueInvitations(tx, ctx, body, meeting, members, "convocation");
    const withoutEmail = members.filter((m) => !m.email).map((m) => m.name);
    await appendMemberAuditEvent(tx, ctx, {
      scope: partiesAuditScope(body),
      action: "governance.meeting.convene",
      entityType: "Meeting",
      entityId: meeting.id,
      after: { convened: members.length, mails: mailIds.length, withoutEmail },
      occurredAt: now,
    });
    return { result: { mails: mailIds.length, withoutEmail }, mailIds };
  });
  await deliverQueuedMails(db, mailIds);
  return result;
}

/** What a convocation sent, in words for the secretariat. */
export function convocationMessage(result: { mails: number; withoutEmail: string[] }): string {
  const sent = `Convocation envoyée : ${plural(result.mails, "courriel")} avec l'invitation pour l'agenda.`;
  return result.withoutEmail.length === 0
    ? sent
    : `${sent} Sans adresse e-mail, à convoquer par un autre moyen : ${result.withoutEmail.join(", ")}.`;
}

/**
 * Cancels a meeting that has no decision recorded; the members convened receive the cancellation
 * of their calendar event. The meeting stays, with its reason.
 */
export async function cancelMeeting(ctx: AccessContext, input: unknown, now = new Date()) {
  const { meetingId, reason } = cancelMeetingSchema.parse(input);
  const { result, mailIds } = await db.$transaction(async (tx) => {
    const { body, meeting } = await lockMeeting(tx, ctx, meetingId);
    assertSecretariat(ctx, body);
    assertNotCancelled(meeting);
    assertMinutesDraft(meeting);
    if (await tx.bodyDecision.count({ where: { meetingId: meeting.id } }))
      throw new AppError(
        "CONFLICT",
        "Des décisions sont inscrites au compte rendu de cette séance : elle a eu lieu, elle ne s'annule plus.",
      );
    const convened = meeting.status === "CONVOQUEE";
    const updated = await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        status: "ANNULEE",
        cancelledAt: now,
        cancelReason: reason,
        icsSequence: convened ? { increment: 1 } : undefined,
      },
      select: { icsSequence: true },
    });
    const mailIds = convened
      ? await queueInvitations(
          tx,
          ctx,
          body,
          { ...meeting, icsSequence: updated.icsSequence },
          await convenedMembers(tx, meeting.id),
          "annulation",
          `Motif : ${reason}`,
        )
      : [];
    await appendMemberAuditEvent(tx, ctx, {
      scope: partiesAuditScope(body),
      action: "governance.meeting.cancel",
      entityType: "Meeting",
      entityId: meeting.id,
      after: { reason, mails: mailIds.length },
      occurredAt: now,
    });
    return { result: { title: meeting.title, mails: mailIds.length }, mailIds };
  });
  await deliverQueuedMails(db, mailIds);
  return result;
}

/**
 * Records who came (present, excused, represented, absent) for the members convened and those in
 * office at the meeting; once it has begun, and while its minutes are in draft.
 */
export async function recordAttendance(ctx: AccessContext, input: unknown, now = new Date()) {
  const { meetingId, entries } = attendanceSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { body, meeting } = await lockMeeting(tx, ctx, meetingId);
    assertSecretariat(ctx, body);
    assertNotCancelled(meeting);
    assertMinutesDraft(meeting);
    if (meeting.startsAt > now)
      throw new AppError("CONFLICT", "Les présences se relèvent une fois la séance commencée.");
    const expected = await attendanceRoll(tx, body.id, meeting);
    const known = new Set(expected.map((m) => m.id));
    const unknown = entries.find((e) => !known.has(e.memberId));
    if (unknown)
      throw new AppError(
        "INVALID_INPUT",
        "Un des membres n'est pas de cette instance à la date de la séance : rechargez la page.",
      );
    for (const entry of entries) {
      await tx.meetingAttendance.upsert({
        where: { meetingId_memberId: { meetingId: meeting.id, memberId: entry.memberId } },
        create: { meetingId: meeting.id, ...entry, recordedAt: now },
        update: { status: entry.status, representedBy: entry.representedBy, recordedAt: now },
      });
    }
    await appendMemberAuditEvent(tx, ctx, {
      scope: partiesAuditScope(body),
      action: "governance.meeting.attendance",
      entityType: "Meeting",
      entityId: meeting.id,
      after: Object.fromEntries(entries.map((e) => [e.memberId, e.status])),
      occurredAt: now,
    });
    return { recorded: entries.length };
  });
}

/**
 * The members whose presence is recorded: those convened, and those in office on the day (a
 * mandate that had not ended before the meeting began), in party then name order.
 */
export async function attendanceRoll(
  tx: Pick<Tx, "bodyMember">,
  bodyId: string,
  meeting: { id: string; startsAt: Date },
) {
  return tx.bodyMember.findMany({
    where: {
      bodyId,
      OR: [
        { attendances: { some: { meetingId: meeting.id } } },
        { OR: [{ endedAt: null }, { endedAt: { gt: meeting.startsAt } }] },
      ],
    },
    select: {
      id: true,
      name: true,
      qualite: true,
      party: true,
      role: true,
      attendances: {
        where: { meetingId: meeting.id },
        select: { convokedAt: true, status: true, representedBy: true },
      },
    },
    orderBy: [{ party: "asc" }, { role: "asc" }, { name: "asc" }],
  });
}
