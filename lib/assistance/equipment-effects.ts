import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EquipmentStatus } from "@/lib/generated/prisma/enums";
import type { AccessContext } from "@/lib/access/context";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { actorOf } from "@/lib/members/actor";
import { STATUS_LABELS } from "@/lib/inventory/labels";
import { equipmentAuditScope } from "@/lib/inventory/save-equipment";
import { todayInParis } from "@/lib/dates";

type Tx = Prisma.TransactionClient;

/** The incident an equipment change is made for: its collège and reference, for the audit trail. */
export interface IncidentOnEquipment {
  id: string;
  reference: string;
  equipmentId: string | null;
  etablissement: { id: string; collectiviteId: string; academieCode: string };
}

async function setStatus(
  tx: Tx,
  ctx: AccessContext,
  incident: IncidentOnEquipment,
  from: EquipmentStatus,
  to: EquipmentStatus,
) {
  if (!incident.equipmentId || from === to) return;
  // The incident's own scope stands for the equipment's: the equipment was checked to be the
  // collège's when it was reported, and the handling party may be another (the State).
  const updated = await tx.equipment.updateMany({
    where: { id: incident.equipmentId, etablissementId: incident.etablissement.id, status: from },
    data: { status: to },
  });
  if (updated.count !== 1) return;
  await appendAuditEvent(tx, {
    actor: actorOf(ctx),
    scope: equipmentAuditScope(ctx, incident.etablissement),
    action: "equipment.status",
    entityType: "Equipment",
    entityId: incident.equipmentId,
    before: { statut: STATUS_LABELS[from] },
    after: { statut: STATUS_LABELS[to], incident: incident.reference },
  });
}

/**
 * Puts the equipment EN_PANNE for an incident; returns the status to restore on resolution, or
 * null when another incident had already put it EN_PANNE (that one restores it).
 */
export async function markEquipmentBroken(
  tx: Tx,
  ctx: AccessContext,
  incident: IncidentOnEquipment,
  current: EquipmentStatus,
): Promise<EquipmentStatus | null> {
  if (current === "EN_PANNE") return null;
  await setStatus(tx, ctx, incident, current, "EN_PANNE");
  return current;
}

/** Gives the equipment back its status once no other open incident keeps it EN_PANNE. */
export async function restoreEquipment(
  tx: Tx,
  ctx: AccessContext,
  incident: IncidentOnEquipment,
  statusBefore: EquipmentStatus | null,
): Promise<void> {
  if (!incident.equipmentId) return;
  const others = await tx.incident.count({
    where: {
      equipmentId: incident.equipmentId,
      id: { not: incident.id },
      status: { in: ["NOUVEAU", "PRIS_EN_CHARGE", "EN_ATTENTE_COLLEGE", "EN_ATTENTE_FOURNISSEUR"] },
    },
  });
  if (others > 0) return;
  await setStatus(tx, ctx, incident, "EN_PANNE", statusBefore ?? "EN_SERVICE");
}

/** Retires the equipment (REFORME) with its disposal record, on the incident's resolution. */
export async function retireEquipment(
  tx: Tx,
  ctx: AccessContext,
  incident: IncidentOnEquipment,
  reason: string,
  now: Date,
): Promise<void> {
  if (!incident.equipmentId) return;
  const equipment = await tx.equipment.findUniqueOrThrow({
    where: { id: incident.equipmentId },
    select: { status: true },
  });
  await setStatus(tx, ctx, incident, equipment.status, "REFORME");
  await tx.equipmentDisposal.upsert({
    where: { equipmentId: incident.equipmentId },
    create: {
      equipmentId: incident.equipmentId,
      collectiviteId: incident.etablissement.collectiviteId,
      disposedOn: todayInParis(now),
      reason,
      incidentId: incident.id,
      recordedById: ctx.user.id,
    },
    update: {},
  });
}
