import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { appendAuditEvents, type AuditEventInput } from "@/lib/audit/append-audit-event";
import { actorOf } from "@/lib/members/actor";
import { STATUS_LABELS } from "@/lib/inventory/labels";
import { equipmentScopeWhere } from "@/lib/access/equipment-scope";
import { bulkStatusSchema, equipmentStatusSchema } from "@/lib/inventory/schemas";
import { equipmentAuditScope } from "@/lib/inventory/save-equipment";

const etablissementSelect = {
  select: { id: true, collectiviteId: true, academieCode: true },
} as const;

/**
 * Status and location of one equipment: what the chef and the référent may change on their own
 * collège's equipment, and collectivité agents on all of theirs.
 */
export async function updateEquipmentStatus(ctx: AccessContext, input: unknown): Promise<void> {
  assertCan(ctx, "inventory.updateStatus");
  const { id, status, location } = equipmentStatusSchema.parse(input);
  const current = await db.equipment.findFirst({
    where: { AND: [equipmentScopeWhere(ctx), { id }] },
    select: {
      id: true,
      status: true,
      location: true,
      updatedAt: true,
      etablissement: etablissementSelect,
    },
  });
  if (!current) throw new AppError("NOT_FOUND");
  if (current.status === status && current.location === location) return;
  await db.$transaction(async (tx) => {
    const updated = await tx.equipment.updateMany({
      where: { AND: [equipmentScopeWhere(ctx), { id, updatedAt: current.updatedAt }] },
      data: { status, location },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    const before: Record<string, string | null> = {};
    const after: Record<string, string | null> = {};
    if (current.status !== status) {
      before.statut = STATUS_LABELS[current.status];
      after.statut = STATUS_LABELS[status];
    }
    if (current.location !== location) {
      before.emplacement = current.location;
      after.emplacement = location;
    }
    await appendAuditEvents(tx, [
      {
        actor: actorOf(ctx),
        scope: equipmentAuditScope(ctx, current.etablissement),
        action: "equipment.status",
        entityType: "Equipment",
        entityId: id,
        before,
        after,
      },
    ]);
  });
}

/**
 * One status for several equipments at once (≤ 500). Every id must be in the perimeter, or
 * nothing changes; one audit event per equipment whose status changes.
 */
export async function bulkUpdateEquipmentStatus(
  ctx: AccessContext,
  input: unknown,
): Promise<{ changed: number }> {
  assertCan(ctx, "inventory.updateStatus");
  const { ids, status } = bulkStatusSchema.parse(input);
  const unique = [...new Set(ids)];
  const current = await db.equipment.findMany({
    where: { AND: [equipmentScopeWhere(ctx), { id: { in: unique } }] },
    select: { id: true, status: true, etablissement: etablissementSelect },
  });
  if (current.length !== unique.length)
    throw new AppError(
      "NOT_FOUND",
      "Un des équipements sélectionnés n'existe pas ou n'est pas dans votre périmètre : rien n'a été modifié.",
    );
  const toChange = current.filter((e) => e.status !== status);
  if (toChange.length === 0) return { changed: 0 };
  await db.$transaction(async (tx) => {
    const updated = await tx.equipment.updateMany({
      where: {
        AND: [
          equipmentScopeWhere(ctx),
          { id: { in: toChange.map((e) => e.id) }, status: { not: status } },
        ],
      },
      data: { status },
    });
    if (updated.count !== toChange.length) throw new AppError("CONFLICT");
    const events: AuditEventInput[] = toChange.map((e) => ({
      actor: actorOf(ctx),
      scope: equipmentAuditScope(ctx, e.etablissement),
      action: "equipment.status",
      entityType: "Equipment",
      entityId: e.id,
      before: { statut: STATUS_LABELS[e.status] },
      after: { statut: STATUS_LABELS[status] },
    }));
    await appendAuditEvents(tx, events);
  });
  return { changed: toChange.length };
}
