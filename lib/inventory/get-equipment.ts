import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { equipmentScopeWhere } from "@/lib/access/equipment-scope";

/** One equipment of the perimeter with its collège, its provenance and its journal; NOT_FOUND outside. */
export async function getEquipment(ctx: AccessContext, id: string) {
  assertCan(ctx, "inventory.read");
  const equipment = await db.equipment.findFirst({
    where: { AND: [equipmentScopeWhere(ctx), { id }] },
    include: {
      etablissement: {
        select: {
          id: true,
          uai: true,
          name: true,
          communeName: true,
          collectiviteId: true,
          academieCode: true,
        },
      },
      import: {
        select: { id: true, fileName: true, format: true, committedAt: true, actorLabel: true },
      },
    },
  });
  if (!equipment) throw new AppError("NOT_FOUND");
  const history = await db.auditEvent.findMany({
    where: { entityType: "Equipment", entityId: equipment.id },
    orderBy: { seq: "desc" },
    take: 50,
    select: {
      seq: true,
      occurredAt: true,
      actorLabel: true,
      action: true,
      before: true,
      after: true,
    },
  });
  return { equipment, history };
}

export type EquipmentDetail = Awaited<ReturnType<typeof getEquipment>>;
