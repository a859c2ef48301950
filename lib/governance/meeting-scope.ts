import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";
import { bodyScopeWhere, lockBody } from "@/lib/governance/body-scope";

const lockedMeetingSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  place: true,
  videoUrl: true,
  status: true,
  icsUid: true,
  icsSequence: true,
  minutesStatus: true,
  minutesRound: true,
  summary: true,
  frozenSha256: true,
  frozenPdf: true,
  agenda: {
    select: { id: true, position: true, title: true, presenter: true, minutes: true },
    orderBy: { position: "asc" },
  },
} as const satisfies Prisma.MeetingSelect;

export const meetingNotFound = () =>
  new AppError("NOT_FOUND", "Cette séance n'existe pas dans votre espace.");

/**
 * A meeting of a body the context sees, for a write: its body is row-locked first (every write
 * on a body's meetings waits for the one before), then the meeting is read. NOT_FOUND otherwise.
 */
export async function lockMeeting(tx: Prisma.TransactionClient, ctx: AccessContext, id: string) {
  const found = await tx.meeting.findFirst({
    where: { id, body: bodyScopeWhere(ctx) },
    select: { bodyId: true },
  });
  if (!found) throw meetingNotFound();
  const body = await lockBody(tx, ctx, found.bodyId);
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id },
    select: lockedMeetingSelect,
  });
  return { body, meeting };
}

export type LockedMeeting = Awaited<ReturnType<typeof lockMeeting>>["meeting"];

/** A cancelled meeting takes no more writes. */
export function assertNotCancelled(meeting: Pick<LockedMeeting, "status">): void {
  if (meeting.status === "ANNULEE")
    throw new AppError("CONFLICT", "Cette séance a été annulée : elle ne se modifie plus.");
}

/** Attendance, minutes and decisions are written in draft only: frozen minutes are what is approved. */
export function assertMinutesDraft(meeting: Pick<LockedMeeting, "minutesStatus">): void {
  if (meeting.minutesStatus !== "BROUILLON")
    throw new AppError(
      "CONFLICT",
      meeting.minutesStatus === "APPROUVE"
        ? "Le compte rendu de cette séance est approuvé : il ne se modifie plus."
        : "Le compte rendu est figé et soumis aux coprésidents : il ne se modifie qu'après une demande de correction.",
    );
}
