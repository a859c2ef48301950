import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, can, type AccessContext } from "@/lib/access/context";
import { partyOfScope } from "@/lib/conventions/machine";
import { bodyParties, bodyScopeWhere } from "@/lib/governance/body-scope";
import { meetingNotFound } from "@/lib/governance/meeting-scope";
import { attendanceRoll } from "@/lib/governance/meetings";
import { carriedActions } from "@/lib/governance/minutes-document";
import { meetingInvitation } from "@/lib/governance/invitation";
import { appBaseUrl } from "@/lib/mail/send-mail";
import { spaceHref } from "@/lib/access/space-href";

/** The meetings of a body the context sees, latest first. */
export async function listMeetings(ctx: AccessContext, bodyId: string) {
  assertCan(ctx, "governance.read");
  return db.meeting.findMany({
    where: { bodyId, body: bodyScopeWhere(ctx) },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      status: true,
      minutesStatus: true,
      _count: { select: { decisions: true } },
    },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
  });
}

export type MeetingListItem = Awaited<ReturnType<typeof listMeetings>>[number];

/**
 * One meeting the context sees, or NOT_FOUND: its agenda with minutes and decisions, the roll
 * with attendance, the actions carried from earlier meetings, the approvals, and what the
 * context may do — the secretariat writes, a co-chair answers, the owner party follows its
 * actions.
 */
export async function getMeeting(ctx: AccessContext, id: string, now = new Date()) {
  assertCan(ctx, "governance.read");
  const meeting = await db.meeting.findFirst({
    where: { id, body: bodyScopeWhere(ctx) },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      place: true,
      videoUrl: true,
      status: true,
      convenedAt: true,
      cancelledAt: true,
      cancelReason: true,
      minutesStatus: true,
      minutesRound: true,
      summary: true,
      frozenSha256: true,
      frozenAt: true,
      finalSha256: true,
      approvedAt: true,
      agenda: {
        select: { id: true, position: true, title: true, presenter: true, minutes: true },
        orderBy: { position: "asc" },
      },
      documents: {
        select: {
          id: true,
          party: true,
          title: true,
          fileName: true,
          size: true,
          sha256: true,
          addedAt: true,
          addedBy: { select: { name: true } },
        },
        orderBy: [{ addedAt: "asc" }, { id: "asc" }],
      },
      approvals: {
        select: {
          id: true,
          round: true,
          frozenSha256: true,
          party: true,
          userId: true,
          name: true,
          qualite: true,
          status: true,
          reason: true,
          decidedAt: true,
        },
        orderBy: [{ round: "desc" }, { party: "asc" }],
      },
      body: {
        select: {
          id: true,
          name: true,
          secretariatParty: true,
          etablissementId: true,
          members: {
            where: { endedAt: null },
            select: { id: true, name: true, party: true },
            orderBy: [{ party: "asc" }, { name: "asc" }],
          },
        },
      },
    },
  });
  if (!meeting) throw meetingNotFound();
  // One snapshot for the roll, the decisions and the actions carried.
  const [roll, decisions, carried] = await db.$transaction(
    async (tx) =>
      [
        await attendanceRoll(tx, meeting.body.id, meeting),
        await tx.bodyDecision.findMany({
          where: { meetingId: meeting.id },
          select: {
            id: true,
            kind: true,
            text: true,
            ownerParty: true,
            dueOn: true,
            agendaItemId: true,
            state: true,
            stateNote: true,
            stateAt: true,
            ownerMember: { select: { name: true } },
          },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        }),
        await carriedActions(tx, meeting.body.id, meeting),
      ] as const,
  );
  const party = partyOfScope(ctx.scope.type);
  const manages = party !== null && can(ctx, "governance.manage");
  const secretariat = manages && party === meeting.body.secretariatParty;
  // The answers on the current frozen version (approved minutes keep theirs); older rounds are history.
  const round = meeting.frozenSha256
    ? meeting.approvals.filter((a) => a.round === meeting.minutesRound)
    : [];
  const ownApproval =
    meeting.minutesStatus === "EN_APPROBATION"
      ? (round.find(
          (a) => a.userId === ctx.user.id && a.party === party && a.status === "EN_ATTENTE",
        ) ?? null)
      : null;
  const started = meeting.startsAt <= now;
  const draft = meeting.status !== "ANNULEE" && meeting.minutesStatus === "BROUILLON";
  return {
    meeting: { ...meeting, parties: bodyParties(meeting.body) },
    roll,
    decisions,
    carried,
    round,
    history: meeting.approvals.filter((a) => !round.includes(a)),
    party,
    can: {
      /** Change the date, place and agenda; convene; cancel. */
      schedule: secretariat && draft,
      convene: secretariat && meeting.status !== "ANNULEE" && !started,
      /** Attendance, minutes, decisions, freeze. */
      write: secretariat && draft && started,
      reopen: secretariat && meeting.minutesStatus === "EN_APPROBATION",
      approve: ownApproval !== null,
      /** Follow the actions its own party owns (once the minutes are approved). */
      follow: manages,
      /** Join documents for its own party (until the minutes are approved). */
      attach: manages && meeting.status !== "ANNULEE" && meeting.minutesStatus !== "APPROUVE",
      /** Withdraw its own party's documents (while the minutes are in draft). */
      detach: manages && draft,
    },
  };
}

export type MeetingView = Awaited<ReturnType<typeof getMeeting>>;

/**
 * The meeting's calendar event for the context's own agenda (« Ajouter à mon agenda »): the same
 * UID and SEQUENCE as the convocations, so that a calendar that has it updates it.
 */
export async function meetingCalendar(ctx: AccessContext, id: string) {
  assertCan(ctx, "governance.read");
  const meeting = await db.meeting.findFirst({
    where: { id, body: bodyScopeWhere(ctx), status: { not: "ANNULEE" } },
    select: {
      id: true,
      icsUid: true,
      icsSequence: true,
      title: true,
      startsAt: true,
      endsAt: true,
      place: true,
      videoUrl: true,
      agenda: { select: { title: true, presenter: true }, orderBy: { position: "asc" } },
      body: { select: { name: true } },
      createdBy: { select: { name: true, email: true } },
    },
  });
  if (!meeting) throw meetingNotFound();
  const url = `${appBaseUrl()}${spaceHref(ctx)}/instances/seances/${meeting.id}`;
  return meetingInvitation(
    { ...meeting, bodyName: meeting.body.name },
    "REQUEST",
    meeting.createdBy,
    [],
    url,
  );
}

/** A PDF of the minutes (« fige »: as submitted to the co-chairs; « final »: approved). */
export async function getMinutesFile(ctx: AccessContext, id: string, file: string) {
  assertCan(ctx, "governance.read");
  if (file !== "fige" && file !== "final") throw meetingNotFound();
  const meeting = await db.meeting.findFirst({
    where: { id, body: bodyScopeWhere(ctx) },
    select: { frozenPdf: true, finalPdf: true, startsAt: true, body: { select: { name: true } } },
  });
  const bytes = file === "final" ? meeting?.finalPdf : meeting?.frozenPdf;
  if (!meeting || !bytes)
    throw new AppError("NOT_FOUND", "Ce compte rendu n'existe pas dans votre espace.");
  const day = meeting.startsAt.toISOString().slice(0, 10);
  return {
    bytes,
    filename: `compte-rendu-${day}${file === "final" ? "-approuve" : "-fige"}.pdf`,
  };
}
