import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assertCan, can, type AccessContext } from "@/lib/access/context";
import { incidentScopeWhere, partyOf } from "@/lib/assistance/incident-scope";
import { calendarOfIncident } from "@/lib/assistance/lock-incident";
import { queueMembershipWhere } from "@/lib/assistance/handle-incident";
import { canApplyIncident, HANDLER_ACTIONS, type IncidentAction } from "@/lib/assistance/machine";
import { slaPosition } from "@/lib/assistance/sla-state";
import { CONFIRM_BY_RESOLVER, resolvedForAnotherParty } from "@/lib/assistance/confirm-incident";

const DAY = 86_400_000;

const detailSelect = {
  id: true,
  reference: true,
  kind: true,
  domain: true,
  domainLabel: true,
  room: true,
  digitalService: { select: { name: true, provider: true } },
  title: true,
  description: true,
  urgency: true,
  status: true,
  party: true,
  level: true,
  routingSource: true,
  routingNote: true,
  collectiviteId: true,
  academieCode: true,
  slaLabel: true,
  takeChargeTargetMinutes: true,
  resolveTargetMinutes: true,
  calendar: true,
  closeAfterDays: true,
  reopenWithinDays: true,
  takeChargeDueAt: true,
  resolveDueAt: true,
  takeChargeWorkMinutes: true,
  resolveWorkMinutes: true,
  reporterParty: true,
  reportedAt: true,
  takenAt: true,
  resolvedAt: true,
  closedAt: true,
  resolution: true,
  reopenCount: true,
  visitId: true,
  reporter: { select: { name: true } },
  assignee: { select: { id: true, name: true } },
  convention: { select: { id: true, reference: true } },
  etablissement: { select: { id: true, uai: true, name: true, communeName: true, sectorId: true } },
  equipment: {
    select: {
      id: true,
      category: true,
      manufacturer: true,
      model: true,
      serialNumber: true,
      inventoryNumber: true,
      status: true,
      location: true,
    },
  },
  disposal: { select: { disposedOn: true, reason: true } },
  attachments: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      fileName: true,
      contentType: true,
      size: true,
      createdAt: true,
      uploadedBy: { select: { name: true } },
    },
  },
} as const satisfies Prisma.IncidentSelect;

type Detail = Prisma.IncidentGetPayload<{ select: typeof detailSelect }>;

/** What the context may do on the incident now: the checks of lock-incident.ts's assertActor, and the state. */
export function allowedActions(
  ctx: AccessContext,
  incident: Pick<Detail, "status" | "party" | "closedAt" | "reopenWithinDays">,
  now: Date,
): IncidentAction[] {
  const handles = can(ctx, "incident.handle") && partyOf(ctx) === incident.party;
  const confirms = can(ctx, "incident.confirm") && ctx.scope.type === "ETABLISSEMENT";
  const actions = (
    ["take", "assign", "pause", "resume", "reroute", "resolve", "confirm", "reopen"] as const
  )
    .filter((action) => canApplyIncident(action, incident.status))
    .filter((action) => (HANDLER_ACTIONS.includes(action) ? handles : confirms));
  const reopenExpired =
    incident.status === "CLOS" &&
    incident.closedAt !== null &&
    now.getTime() - incident.closedAt.getTime() > incident.reopenWithinDays * DAY;
  return reopenExpired ? actions.filter((a) => a !== "reopen") : actions;
}

/**
 * One incident of the context's scope (NOT_FOUND otherwise): its collège, equipment, routing,
 * service level now, history — an internal comment only for the members of the party that wrote
 * it —, its files, what the context may do now and, for its handling queue, whom to assign it to.
 */
export async function getIncident(ctx: AccessContext, id: string, now = new Date()) {
  assertCan(ctx, "incident.read");
  const incident = await db.incident.findFirst({
    where: { AND: [{ id }, incidentScopeWhere(ctx)] },
    select: detailSelect,
  });
  if (!incident)
    throw new AppError("NOT_FOUND", "Cet incident n'existe pas, ou vous n'y avez pas accès.");
  const party = partyOf(ctx);
  const events = await db.incidentEvent.findMany({
    where: {
      incidentId: incident.id,
      OR: [{ internal: false }, ...(party ? [{ internal: true, actorParty: party }] : [])],
    },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      at: true,
      actorName: true,
      actorParty: true,
      fromStatus: true,
      toStatus: true,
      party: true,
      level: true,
      body: true,
      internal: true,
    },
  });
  const allowed = allowedActions(ctx, incident, now);
  const byResolver =
    allowed.includes("confirm") && (await resolvedForAnotherParty(db, incident.id, ctx.user.id));
  const actions = byResolver ? allowed.filter((action) => action !== "confirm") : allowed;
  const handles = can(ctx, "incident.handle") && party === incident.party;
  const assignable = actions.includes("assign")
    ? await db.user.findMany({
        where: {
          disabledAt: null,
          memberships: {
            some: queueMembershipWhere({ ...incident, etablissement: incident.etablissement }),
          },
        },
        select: { id: true, name: true },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      })
    : [];
  const clock = { ...incident, calendar: calendarOfIncident(incident) };
  const pauses = await db.incidentPause.findMany({
    where: { incidentId: incident.id, reason: { not: "RESOLU" } },
    orderBy: { startedAt: "asc" },
    select: { reason: true, startedAt: true, endedAt: true },
  });
  return {
    incident,
    sla: { ...slaPosition(clock, now), pauses },
    events,
    actions,
    /** Why the confirmation is not offered to this member of the collège, if it is not. */
    confirmRefusal: byResolver ? CONFIRM_BY_RESOLVER : null,
    canWriteInternal: handles,
    assignable,
  };
}

export type IncidentDetail = Awaited<ReturnType<typeof getIncident>>;
