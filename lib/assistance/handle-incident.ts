import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { SECTOR_ROLES } from "@/lib/access/context";
import { partyRoles } from "@/lib/conventions/notify-parties";
import { notifyAssignee, notifyReporter } from "@/lib/assistance/notify-incident";
import { partyOf } from "@/lib/assistance/incident-scope";
import {
  calendarOfIncident,
  runIncidentAction,
  updateLocked,
  type LockedIncident,
} from "@/lib/assistance/lock-incident";
import {
  assignIncidentSchema,
  incidentIdSchema,
  pauseIncidentSchema,
} from "@/lib/assistance/schemas";
import { INCIDENT_STATUS_LABELS } from "@/lib/assistance/vocabulary";
import { addWorkingMinutes, workingMinutesBetween } from "@/lib/assistance/working-time";

type Tx = Prisma.TransactionClient;

/** One line of an incident's history, by the context's member. */
export function eventBy(ctx: AccessContext, incident: LockedIncident) {
  return {
    incidentId: incident.id,
    actorId: ctx.user.id,
    actorName: ctx.user.name,
    actorParty: partyOf(ctx),
    fromStatus: incident.status,
  };
}

/**
 * Takes a new incident in charge (its handling party's member): the time to take charge is
 * measured, in working minutes, from the report or from the last re-route to this queue.
 */
export async function takeIncident(ctx: AccessContext, input: unknown, now = new Date()) {
  const { incidentId } = incidentIdSchema.parse(input);
  await runIncidentAction(ctx, "take", incidentId, async (tx, incident) => {
    const lastHop = await tx.incidentEvent.findFirst({
      where: { incidentId: incident.id, kind: "REAIGUILLE" },
      orderBy: { at: "desc" },
      select: { at: true },
    });
    const since = lastHop?.at ?? incident.reportedAt;
    await updateLocked(tx, incident, {
      status: "PRIS_EN_CHARGE",
      takenAt: now,
      takeChargeWorkMinutes: workingMinutesBetween(since, now, calendarOfIncident(incident)),
      assigneeId: incident.assigneeId ?? ctx.user.id,
    });
    await tx.incidentEvent.create({
      data: {
        ...eventBy(ctx, incident),
        kind: "PRIS_EN_CHARGE",
        at: now,
        toStatus: "PRIS_EN_CHARGE",
      },
    });
    const taken = { ...incident, status: "PRIS_EN_CHARGE" as const };
    return {
      mailIds: await notifyReporter(
        tx,
        taken,
        [`${ctx.user.name} a pris votre signalement en charge.`],
        ctx.user.id,
      ),
    };
  });
}

/** What names an incident's queue: its party, its collège (and the collège's secteur). */
export interface QueueOf {
  party: LockedIncident["party"];
  collectiviteId: string;
  academieCode: string;
  etablissement: { id: string; sectorId: string | null };
}

/**
 * The memberships that handle the incident's queue: its party's scope with incident.handle (a
 * technician only for the collège's secteur).
 */
export function queueMembershipWhere(incident: QueueOf): Prisma.MembershipWhereInput {
  const roles = partyRoles(incident.party, "incident.handle");
  const base = { role: { in: roles }, user: { disabledAt: null } };
  return incident.party === "COLLECTIVITE"
    ? {
        ...base,
        scopeType: "COLLECTIVITE",
        collectiviteId: incident.collectiviteId,
        OR: [
          { role: { notIn: [...SECTOR_ROLES] } },
          { sectorId: incident.etablissement.sectorId ?? "" },
        ],
      }
    : incident.party === "ETAT"
      ? { ...base, scopeType: "ACADEMIE", academieCode: incident.academieCode }
      : { ...base, scopeType: "ETABLISSEMENT", etablissementId: incident.etablissement.id };
}

/** Whether the person may handle the incident's queue. */
async function isQueueMember(tx: Tx, incident: LockedIncident, userId: string) {
  return (await tx.membership.count({ where: { ...queueMembershipWhere(incident), userId } })) > 0;
}

/** Assigns the incident to a member of its queue. */
export async function assignIncident(ctx: AccessContext, input: unknown, now = new Date()) {
  const { incidentId, assigneeId } = assignIncidentSchema.parse(input);
  await runIncidentAction(ctx, "assign", incidentId, async (tx, incident) => {
    if (!(await isQueueMember(tx, incident, assigneeId)))
      throw new AppError(
        "INVALID_INPUT",
        "Cette personne ne traite pas les incidents de cette file.",
      );
    const assignee = await tx.user.findUniqueOrThrow({
      where: { id: assigneeId },
      select: { id: true, name: true, email: true },
    });
    await updateLocked(tx, incident, { assigneeId });
    await tx.incidentEvent.create({
      data: {
        ...eventBy(ctx, incident),
        kind: "ASSIGNE",
        at: now,
        toStatus: incident.status,
        body: `Attribué à ${assignee.name}.`,
      },
    });
    return { mailIds: await notifyAssignee(tx, incident, assignee, ctx.user) };
  });
}

/** Puts a taken incident on hold, waiting for the collège or a supplier: its clock stops. */
export async function pauseIncident(ctx: AccessContext, input: unknown, now = new Date()) {
  const { incidentId, waitingFor, reason } = pauseIncidentSchema.parse(input);
  await runIncidentAction(ctx, "pause", incidentId, async (tx, incident) => {
    await updateLocked(tx, incident, { status: waitingFor, resolveDueAt: null });
    await tx.incidentPause.create({
      data: { incidentId: incident.id, reason: waitingFor, startedAt: now },
    });
    await tx.incidentEvent.create({
      data: {
        ...eventBy(ctx, incident),
        kind: "MIS_EN_ATTENTE",
        at: now,
        toStatus: waitingFor,
        body: reason,
      },
    });
    const paused = { ...incident, status: waitingFor };
    return {
      mailIds: await notifyReporter(
        tx,
        paused,
        [`${INCIDENT_STATUS_LABELS[waitingFor]} : ${reason}`],
        ctx.user.id,
      ),
    };
  });
}

/** Ends the open pause of an incident at `now`; returns every pause with their ends. */
export async function endOpenPause(tx: Tx, incident: LockedIncident, now: Date) {
  const open = incident.pauses.find((p) => p.endedAt === null);
  if (open) await tx.incidentPause.update({ where: { id: open.id }, data: { endedAt: now } });
  return incident.pauses.map((p) => (p.endedAt ? p : { ...p, endedAt: now }));
}

/** The resolution deadline once the clock runs again: the target, plus every pause. */
export function resolveDueAfter(incident: LockedIncident, pauses: LockedIncident["pauses"]) {
  return incident.resolveTargetMinutes === null
    ? null
    : addWorkingMinutes(
        incident.reportedAt,
        incident.resolveTargetMinutes,
        calendarOfIncident(incident),
        pauses,
      );
}

/**
 * Ends the open pause and takes the incident back in charge: the resolution deadline moves by the
 * working time of the pause. Inside a transition's transaction.
 */
export async function restartClock(
  tx: Tx,
  ctx: AccessContext,
  incident: LockedIncident,
  now: Date,
  note: string,
) {
  const pauses = await endOpenPause(tx, incident, now);
  await updateLocked(tx, incident, {
    status: "PRIS_EN_CHARGE",
    resolveDueAt: resolveDueAfter(incident, pauses),
  });
  await tx.incidentEvent.create({
    data: {
      ...eventBy(ctx, incident),
      kind: "REPRIS",
      at: now,
      toStatus: "PRIS_EN_CHARGE",
      body: note,
    },
  });
}

/** Starts the clock again: the resolution deadline moves by the working time of the pause. */
export async function resumeIncident(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
  note = "Reprise du traitement.",
) {
  const { incidentId } = incidentIdSchema.parse(input);
  await runIncidentAction(ctx, "resume", incidentId, async (tx, incident) => {
    await restartClock(tx, ctx, incident, now, note);
    const resumed = { ...incident, status: "PRIS_EN_CHARGE" as const };
    return { mailIds: await notifyReporter(tx, resumed, [note], ctx.user.id) };
  });
}
