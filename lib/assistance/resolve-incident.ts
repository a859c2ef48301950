import "server-only";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { notifyReporter } from "@/lib/assistance/notify-incident";
import {
  calendarOfIncident,
  runIncidentAction,
  updateLocked,
} from "@/lib/assistance/lock-incident";
import { endOpenPause, eventBy } from "@/lib/assistance/handle-incident";
import { restoreEquipment, retireEquipment } from "@/lib/assistance/equipment-effects";
import { resolveIncidentSchema } from "@/lib/assistance/schemas";
import { workingMinutesBetween } from "@/lib/assistance/working-time";

/**
 * Resolves an incident (its handling party): the time to resolve is measured in working minutes
 * from the report, pauses excluded; the equipment goes back to its status, or is retired with a
 * disposal record — by the collectivité only, which owns it. The collège then confirms or reopens.
 */
export async function resolveIncident(ctx: AccessContext, input: unknown, now = new Date()) {
  const { incidentId, resolution, equipmentOutcome, disposalReason } =
    resolveIncidentSchema.parse(input);
  await runIncidentAction(ctx, "resolve", incidentId, async (tx, incident) => {
    if (equipmentOutcome === "REFORME") {
      if (!incident.equipmentId)
        throw new AppError(
          "INVALID_INPUT",
          "Aucun équipement n'est lié à cet incident : rien à réformer.",
        );
      if (incident.party !== "COLLECTIVITE")
        throw new AppError(
          "FORBIDDEN",
          "Seule la collectivité, propriétaire du matériel, peut le réformer.",
        );
      if (!disposalReason)
        throw new AppError("INVALID_INPUT", "Motif de la réforme : ce champ est obligatoire.", {
          disposalReason: "Motif de la réforme : ce champ est obligatoire.",
        });
    }
    const pauses = await endOpenPause(tx, incident, now);
    await updateLocked(tx, incident, {
      status: "RESOLU",
      resolvedAt: now,
      resolution,
      resolveDueAt: null,
      resolveWorkMinutes: workingMinutesBetween(
        incident.reportedAt,
        now,
        calendarOfIncident(incident),
        pauses,
      ),
    });
    const onEquipment = { ...incident, etablissement: incident.etablissement };
    if (equipmentOutcome === "REFORME")
      await retireEquipment(tx, ctx, onEquipment, disposalReason!, now);
    else await restoreEquipment(tx, ctx, onEquipment, incident.equipmentStatusBefore);
    await tx.incidentEvent.create({
      data: {
        ...eventBy(ctx, incident),
        kind: "RESOLU",
        at: now,
        toStatus: "RESOLU",
        body: resolution,
      },
    });
    const resolved = { ...incident, status: "RESOLU" as const };
    return {
      mailIds: await notifyReporter(
        tx,
        resolved,
        [
          `${ctx.user.name} a résolu votre signalement : ${resolution}`,
          `Confirmez la résolution, ou rouvrez l'incident s'il persiste. Sans réponse, il se clôt de lui-même dans ${incident.closeAfterDays} jours.`,
        ],
        ctx.user.id,
      ),
    };
  });
}
