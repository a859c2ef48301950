import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { academieLabel } from "@/lib/referentials/labels";
import { OPEN_ACTION_STATES } from "@/lib/governance/vocabulary";
import { attendanceRoll } from "@/lib/governance/meetings";
import type { MinutesDecision, MinutesDocument } from "@/lib/governance/minutes-pdf";

type Tx = Prisma.TransactionClient;

const decisionSelect = {
  id: true,
  kind: true,
  text: true,
  ownerParty: true,
  dueOn: true,
  agendaItemId: true,
  ownerMember: { select: { name: true } },
} as const satisfies Prisma.BodyDecisionSelect;

type DecisionRow = Prisma.BodyDecisionGetPayload<{ select: typeof decisionSelect }>;

const toDecision = (d: DecisionRow): MinutesDecision => ({
  kind: d.kind,
  text: d.text,
  ownerParty: d.ownerParty,
  ownerName: d.ownerMember?.name ?? null,
  dueOn: d.dueOn,
});

/** A meeting's decisions and actions, in the order they were recorded. */
export function meetingDecisions(tx: Tx, meetingId: string) {
  return tx.bodyDecision.findMany({
    where: { meetingId },
    select: decisionSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/**
 * The actions carried to a meeting: those of the body's earlier meetings whose minutes were
 * approved, still open, or closed since the meeting before this one.
 */
export async function carriedActions(
  tx: Pick<Tx, "meeting" | "bodyDecision">,
  bodyId: string,
  meeting: { id: string; startsAt: Date },
) {
  const previous = await tx.meeting.findFirst({
    where: {
      bodyId,
      id: { not: meeting.id },
      status: { not: "ANNULEE" },
      startsAt: { lt: meeting.startsAt },
    },
    select: { startsAt: true },
    orderBy: { startsAt: "desc" },
  });
  return tx.bodyDecision.findMany({
    where: {
      bodyId,
      kind: "ACTION",
      meeting: { minutesStatus: "APPROUVE", startsAt: { lt: meeting.startsAt } },
      OR: [
        { state: { in: [...OPEN_ACTION_STATES] } },
        ...(previous ? [{ stateAt: { gte: previous.startsAt } }] : []),
      ],
    },
    select: {
      ...decisionSelect,
      state: true,
      stateNote: true,
      meeting: { select: { startsAt: true } },
    },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
  });
}

/** Everything the frozen minutes print, as the database holds it at `frozenAt`. */
export async function readMinutesDocument(
  tx: Tx,
  meetingId: string,
  approvers: MinutesDocument["approvers"],
  frozenAt: Date,
): Promise<MinutesDocument> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      place: true,
      videoUrl: true,
      summary: true,
      documents: {
        select: { title: true, party: true, sha256: true },
        orderBy: [{ addedAt: "asc" }, { id: "asc" }],
      },
      agenda: {
        select: { id: true, title: true, presenter: true, minutes: true },
        orderBy: { position: "asc" },
      },
      body: {
        select: {
          id: true,
          name: true,
          kind: true,
          collectivite: { select: { name: true } },
          academie: { select: { name: true } },
          etablissement: { select: { name: true, uai: true } },
          convention: { select: { reference: true, title: true } },
        },
      },
    },
  });
  const { body } = meeting;
  const [roll, decisions, carried] = await Promise.all([
    attendanceRoll(tx, body.id, meeting),
    meetingDecisions(tx, meeting.id),
    carriedActions(tx, body.id, meeting),
  ]);
  return {
    body: {
      name: body.name,
      kind: body.kind,
      collectivite: body.collectivite.name,
      academie: academieLabel(body.academie.name),
      etablissement: body.etablissement
        ? `${body.etablissement.name} (${body.etablissement.uai})`
        : null,
      convention: body.convention
        ? `${body.convention.reference} – ${body.convention.title}`
        : null,
    },
    meeting: {
      title: meeting.title,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      place: meeting.place,
      videoUrl: meeting.videoUrl,
    },
    summary: meeting.summary,
    attendance: roll.map((m) => ({
      name: m.name,
      party: m.party,
      qualite: m.qualite,
      status: m.attendances[0]?.status ?? null,
      representedBy: m.attendances[0]?.representedBy ?? null,
    })),
    agenda: meeting.agenda.map((item) => ({
      title: item.title,
      presenter: item.presenter,
      minutes: item.minutes,
      decisions: decisions.filter((d) => d.agendaItemId === item.id).map(toDecision),
    })),
    otherDecisions: decisions.filter((d) => d.agendaItemId === null).map(toDecision),
    carried: carried.map((a) => ({
      ...toDecision(a),
      decidedOn: a.meeting.startsAt,
      state: a.state ?? "A_FAIRE",
      stateNote: a.stateNote,
    })),
    documents: meeting.documents,
    approvers,
    frozenAt,
  };
}
