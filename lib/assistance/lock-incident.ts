import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { can, type AccessContext } from "@/lib/access/context";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import { incidentScopeWhere, partyOf } from "@/lib/assistance/incident-scope";
import { notifiedSelect } from "@/lib/assistance/incident-selects";
import {
  canApplyIncident,
  HANDLER_ACTIONS,
  refusalOf,
  type IncidentAction,
} from "@/lib/assistance/machine";
import { QUEUE_LABELS } from "@/lib/assistance/vocabulary";
import type { WorkCalendar } from "@/lib/assistance/working-time";

type Tx = Prisma.TransactionClient;

const lockedSelect = {
  ...notifiedSelect,
  domain: true,
  routingSource: true,
  conventionId: true,
  equipmentId: true,
  equipmentStatusBefore: true,
  assigneeId: true,
  reportedAt: true,
  takenAt: true,
  resolvedAt: true,
  closedAt: true,
  calendar: true,
  takeChargeTargetMinutes: true,
  resolveTargetMinutes: true,
  closeAfterDays: true,
  reopenWithinDays: true,
  reopenCount: true,
  etablissement: {
    select: {
      ...notifiedSelect.etablissement.select,
      collectiviteId: true,
      academieCode: true,
      departementCode: true,
    },
  },
  pauses: { orderBy: { startedAt: "asc" }, select: { id: true, startedAt: true, endedAt: true } },
} as const satisfies Prisma.IncidentSelect;

export type LockedIncident = Prisma.IncidentGetPayload<{ select: typeof lockedSelect }>;

/** The calendar stored on the incident when it was routed. */
export const calendarOfIncident = (incident: { calendar: Prisma.JsonValue }) =>
  incident.calendar as unknown as WorkCalendar;

/**
 * Loads an incident of the context's scope inside `tx`, holding its row lock until the
 * transaction ends: two handlers acting at once are served one after the other, and the second
 * sees the state the first left. A foreign or unknown id is NOT_FOUND.
 */
async function lockIncident(
  tx: Tx,
  ctx: AccessContext,
  incidentId: string,
): Promise<LockedIncident> {
  const visible = await tx.incident.findFirst({
    where: { AND: [{ id: incidentId }, incidentScopeWhere(ctx)] },
    select: { id: true },
  });
  if (!visible)
    throw new AppError("NOT_FOUND", "Cet incident n'existe pas, ou vous n'y avez pas accès.");
  await tx.$executeRaw`SELECT 1 FROM "Incident" WHERE "id" = ${visible.id} FOR UPDATE`;
  return tx.incident.findUniqueOrThrow({ where: { id: visible.id }, select: lockedSelect });
}

/**
 * Who may act: the handling party's own members (incident.handle) for the handler's actions —
 * no party handles for another; the collège that the incident is for (incident.confirm) to
 * confirm or reopen.
 */
function assertActor(ctx: AccessContext, action: IncidentAction, incident: LockedIncident) {
  if (HANDLER_ACTIONS.includes(action)) {
    if (!can(ctx, "incident.handle")) throw new AppError("FORBIDDEN");
    if (partyOf(ctx) !== incident.party)
      throw new AppError(
        "FORBIDDEN",
        `Cet incident est dans la file « ${QUEUE_LABELS[incident.party]} » : seuls ses membres le traitent.`,
      );
    return;
  }
  if (!can(ctx, "incident.confirm") || ctx.scope.type !== "ETABLISSEMENT")
    throw new AppError(
      "FORBIDDEN",
      "Seul le collège qui a signalé l'incident le confirme ou le rouvre.",
    );
}

export interface IncidentStep {
  /** Outbox ids to deliver once the transaction has committed. */
  mailIds: string[];
}

/**
 * Runs one transition: locks the incident, checks the state and the actor, lets `apply` write
 * (its writes name the expected state too), then delivers the mails it queued. A refusal
 * writes nothing.
 */
export async function runIncidentAction(
  ctx: AccessContext,
  action: IncidentAction,
  incidentId: string,
  apply: (tx: Tx, incident: LockedIncident) => Promise<IncidentStep>,
): Promise<void> {
  const { mailIds } = await db.$transaction(async (tx) => {
    const incident = await lockIncident(tx, ctx, incidentId);
    assertActor(ctx, action, incident);
    if (!canApplyIncident(action, incident.status))
      throw new AppError("CONFLICT", refusalOf(action));
    return apply(tx, incident);
  });
  await deliverQueuedMails(db, mailIds);
}

/** Writes the incident if it is still in the state it was locked in (the lock makes it so). */
export async function updateLocked(
  tx: Tx,
  incident: LockedIncident,
  data: Prisma.IncidentUncheckedUpdateManyInput,
): Promise<void> {
  const updated = await tx.incident.updateMany({
    where: { id: incident.id, status: incident.status, party: incident.party },
    data,
  });
  if (updated.count !== 1) throw new AppError("CONFLICT");
}

export { lockIncident };
