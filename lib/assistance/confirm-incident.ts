import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { notifyQueue } from "@/lib/assistance/notify-incident";
import { runIncidentAction, updateLocked } from "@/lib/assistance/lock-incident";
import { eventBy, resolveDueAfter } from "@/lib/assistance/handle-incident";
import { markEquipmentBroken } from "@/lib/assistance/equipment-effects";
import { incidentIdSchema, reopenIncidentSchema } from "@/lib/assistance/schemas";

const DAY = 86_400_000;

export const CONFIRM_BY_RESOLVER =
  "Vous avez résolu cet incident pour la partie qui le traitait : une autre personne du collège confirme la résolution.";

/** Whether `userId` recorded the incident's last resolution for a party other than the collège. */
export async function resolvedForAnotherParty(
  client: Prisma.TransactionClient | typeof db,
  incidentId: string,
  userId: string,
): Promise<boolean> {
  const resolution = await client.incidentEvent.findFirst({
    where: { incidentId, kind: "RESOLU" },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { actorId: true, actorParty: true },
  });
  return resolution?.actorId === userId && resolution.actorParty !== "EPLE";
}

/**
 * The collège confirms the resolution: the incident is closed. One person, one step: whoever
 * recorded the resolution (a person may belong to the collège and to the party that handled it)
 * does not also confirm it for the collège.
 */
export async function confirmIncident(ctx: AccessContext, input: unknown, now = new Date()) {
  const { incidentId } = incidentIdSchema.parse(input);
  await runIncidentAction(ctx, "confirm", incidentId, async (tx, incident) => {
    if (await resolvedForAnotherParty(tx, incident.id, ctx.user.id))
      throw new AppError("FORBIDDEN", CONFIRM_BY_RESOLVER);
    await updateLocked(tx, incident, { status: "CLOS", closedAt: now });
    await tx.incidentEvent.create({
      data: {
        ...eventBy(ctx, incident),
        kind: "CONFIRME",
        at: now,
        toStatus: "CLOS",
        body: "Résolution confirmée par le collège.",
      },
    });
    return { mailIds: [] };
  });
}

/**
 * The collège reopens a resolved incident, or a closed one within the days its document allows:
 * it goes back to the queue that resolved it, the time spent resolved does not count against the
 * handler (it is recorded as a pause), and its equipment goes EN_PANNE again.
 */
export async function reopenIncident(ctx: AccessContext, input: unknown, now = new Date()) {
  const { incidentId, reason } = reopenIncidentSchema.parse(input);
  await runIncidentAction(ctx, "reopen", incidentId, async (tx, incident) => {
    if (
      incident.status === "CLOS" &&
      incident.closedAt &&
      now.getTime() - incident.closedAt.getTime() > incident.reopenWithinDays * DAY
    )
      throw new AppError(
        "CONFLICT",
        `Cet incident est clos depuis plus de ${incident.reopenWithinDays} jours : signalez un nouvel incident.`,
      );
    const resolvedPause = {
      reason: "RESOLU" as const,
      startedAt: incident.resolvedAt ?? now,
      endedAt: now,
    };
    const pause = await tx.incidentPause.create({
      data: { incidentId: incident.id, ...resolvedPause },
      select: { id: true, startedAt: true, endedAt: true },
    });
    const pauses = [...incident.pauses, pause];
    const equipment = incident.equipmentId
      ? await tx.equipment.findUnique({
          where: { id: incident.equipmentId },
          select: { status: true },
        })
      : null;
    const before =
      equipment && equipment.status !== "REFORME"
        ? await markEquipmentBroken(tx, ctx, incident, equipment.status)
        : null;
    await updateLocked(tx, incident, {
      status: "PRIS_EN_CHARGE",
      resolvedAt: null,
      closedAt: null,
      resolveWorkMinutes: null,
      resolveDueAt: resolveDueAfter(incident, pauses),
      reopenCount: { increment: 1 },
      ...(before ? { equipmentStatusBefore: before } : {}),
    });
    await tx.incidentEvent.create({
      data: {
        ...eventBy(ctx, incident),
        kind: "ROUVERT",
        at: now,
        toStatus: "PRIS_EN_CHARGE",
        body: reason,
      },
    });
    const reopened = { ...incident, status: "PRIS_EN_CHARGE" as const };
    return {
      mailIds: await notifyQueue(
        tx,
        reopened,
        [`Le collège a rouvert l'incident : ${reason}`],
        ctx.user.id,
      ),
    };
  });
}
