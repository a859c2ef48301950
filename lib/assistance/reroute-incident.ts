import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { readContent } from "@/lib/conventions/content";
import { notifyQueue, notifyReporter } from "@/lib/assistance/notify-incident";
import {
  runIncidentAction,
  updateLocked,
  type LockedIncident,
} from "@/lib/assistance/lock-incident";
import { endOpenPause, eventBy, resolveDueAfter } from "@/lib/assistance/handle-incident";
import { rerouteIncidentSchema } from "@/lib/assistance/schemas";
import { serviceLevelFor } from "@/lib/assistance/service-level";
import { currentTemplate } from "@/lib/assistance/routing";
import { QUEUE_LABELS, type AssistanceDomain } from "@/lib/assistance/vocabulary";
import { addWorkingMinutes } from "@/lib/assistance/working-time";

type Tx = Prisma.TransactionClient;

/**
 * The assistance section of the document that routed the incident: its convention's consolidated
 * content, or the collectivité's current template; null for the default route.
 */
async function routingDocument(tx: Tx, incident: LockedIncident) {
  if (incident.routingSource === "CONVENTION" && incident.conventionId) {
    const convention = await tx.convention.findUnique({
      where: { id: incident.conventionId },
      select: { inForceVersion: { select: { content: true } } },
    });
    if (convention?.inForceVersion)
      return readContent(convention.inForceVersion.content).assistance;
  }
  if (incident.routingSource === "DEFAUT") return null;
  return (await currentTemplate(tx, incident.collectiviteId)).assistance;
}

/**
 * Sends the incident to another party or level, with a reason (its handling party only). The
 * new queue takes it in charge afresh; the service level becomes that of the new level in the
 * same document; the resolution clock still runs from the report. Every hop stays in the history.
 */
export async function rerouteIncident(ctx: AccessContext, input: unknown, now = new Date()) {
  const { incidentId, party, level, reason } = rerouteIncidentSchema.parse(input);
  await runIncidentAction(ctx, "reroute", incidentId, async (tx, incident) => {
    if (incident.party === party && incident.level === level)
      throw new AppError("INVALID_INPUT", "L'incident est déjà dans cette file, à ce niveau.");
    const pauses = await endOpenPause(tx, incident, now);
    const assistance = await routingDocument(tx, incident);
    const target = serviceLevelFor(
      assistance,
      level,
      incident.domain as AssistanceDomain,
      incident.etablissement,
    );
    const moved = {
      ...incident,
      party,
      level,
      status: "NOUVEAU" as const,
      resolveTargetMinutes: target.resolveMinutes,
      calendar: { ...target.calendar },
    };
    await updateLocked(tx, incident, {
      party,
      level,
      status: "NOUVEAU",
      assigneeId: null,
      takenAt: null,
      takeChargeWorkMinutes: null,
      slaLabel: target.label,
      takeChargeTargetMinutes: target.takeChargeMinutes,
      resolveTargetMinutes: target.resolveMinutes,
      calendar: { ...target.calendar },
      takeChargeDueAt:
        target.takeChargeMinutes === null
          ? null
          : addWorkingMinutes(now, target.takeChargeMinutes, target.calendar),
      resolveDueAt: resolveDueAfter(moved, pauses),
    });
    await tx.incidentEvent.create({
      data: {
        ...eventBy(ctx, incident),
        kind: "REAIGUILLE",
        at: now,
        toStatus: "NOUVEAU",
        party,
        level,
        body: reason,
      },
    });
    const line = `${ctx.user.name} a réaiguillé l'incident vers : ${QUEUE_LABELS[party]}, niveau ${level}. Motif : ${reason}`;
    return {
      mailIds: [
        ...(await notifyQueue(tx, moved, [line], ctx.user.id)),
        ...(await notifyReporter(tx, moved, [line], ctx.user.id)),
      ],
    };
  });
}
