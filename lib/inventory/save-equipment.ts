import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { type AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { equipmentFieldsSchema, type EquipmentFields } from "@/lib/inventory/schemas";
import { changedValues, equipmentAuditValues } from "@/lib/inventory/audit-values";
import { requireCollectivite } from "@/lib/access/require-scope";

type Tx = Prisma.TransactionClient;

const uaiSchema = z
  .string({ error: "Choisissez l'établissement." })
  .trim()
  .toUpperCase()
  .regex(/^[0-9]{7}[A-Z]$/, "Choisissez l'établissement.");

export const createEquipmentSchema = z.intersection(
  z.object({ uai: uaiSchema }),
  equipmentFieldsSchema,
);
export const updateEquipmentSchema = z.intersection(
  z.object({ id: z.string().min(1).max(40), uai: uaiSchema }),
  equipmentFieldsSchema,
);

/** The audit scope of an event about a collège's equipment: its collectivité, académie and itself read it. */
export function equipmentAuditScope(
  ctx: AccessContext,
  etablissement: { id: string; collectiviteId: string; academieCode: string },
) {
  return {
    scopeType: ctx.scope.type,
    collectiviteId: etablissement.collectiviteId,
    academieCode: etablissement.academieCode,
    etablissementId: etablissement.id,
  };
}

/** An open public collège of the collectivité, or a French field error. */
async function ownedCollege(collectiviteId: string, uai: string) {
  const etablissement = await db.etablissement.findFirst({
    where: { uai, collectiviteId },
    select: {
      id: true,
      uai: true,
      name: true,
      secteur: true,
      etat: true,
      collectiviteId: true,
      academieCode: true,
    },
  });
  if (!etablissement)
    throw new AppError("INVALID_INPUT", "Établissement inconnu ou hors de votre collectivité.", {
      uai: "Établissement inconnu ou hors de votre collectivité.",
    });
  if (etablissement.secteur !== "PUBLIC") {
    const message = "Collège privé : son équipement n'est pas inventorié par la collectivité.";
    throw new AppError("INVALID_INPUT", message, { uai: message });
  }
  if (etablissement.etat !== "OUVERT")
    throw new AppError("INVALID_INPUT", "Établissement fermé.", {
      uai: "Établissement fermé : choisissez un établissement ouvert.",
    });
  return etablissement;
}

/** Refuses a serial or inventory number another equipment of the collectivité already carries. */
async function assertUnique(
  tx: Tx,
  collectiviteId: string,
  fields: EquipmentFields,
  selfId: string | null,
) {
  const clauses: Prisma.EquipmentWhereInput[] = [];
  if (fields.serialNumber) clauses.push({ serialNumber: fields.serialNumber });
  if (fields.inventoryNumber) clauses.push({ inventoryNumber: fields.inventoryNumber });
  if (clauses.length === 0) return;
  const others = await tx.equipment.findMany({
    where: { collectiviteId, OR: clauses, ...(selfId ? { NOT: { id: selfId } } : {}) },
    select: {
      serialNumber: true,
      inventoryNumber: true,
      etablissement: { select: { name: true } },
    },
  });
  const errors: Record<string, string> = {};
  for (const other of others) {
    if (fields.serialNumber && other.serialNumber === fields.serialNumber)
      errors.serialNumber = `Numéro de série déjà inventorié (${other.etablissement.name}).`;
    if (fields.inventoryNumber && other.inventoryNumber === fields.inventoryNumber)
      errors.inventoryNumber = `Numéro d'inventaire déjà attribué (${other.etablissement.name}).`;
  }
  if (Object.keys(errors).length > 0)
    throw new AppError(
      "INVALID_INPUT",
      "Un autre équipement porte déjà ce numéro : rien n'a été enregistré.",
      errors,
    );
}

function columns(fields: EquipmentFields) {
  return {
    category: fields.category,
    manufacturer: fields.manufacturer,
    model: fields.model,
    serialNumber: fields.serialNumber,
    inventoryNumber: fields.inventoryNumber,
    acquiredOn: fields.acquiredOn,
    warrantyEndsOn: fields.warrantyEndsOn,
    status: fields.status,
    location: fields.location,
    usage: fields.usage,
    fundingSource: fields.fundingSource ?? null,
    purchaseCostCents: fields.purchaseCost,
  };
}

/** A collectivité agent adds one equipment to one of its collèges. */
export async function createEquipment(ctx: AccessContext, input: unknown): Promise<{ id: string }> {
  const scope = requireCollectivite(ctx, "inventory.write");
  const { uai, ...fields } = createEquipmentSchema.parse(input);
  const etablissement = await ownedCollege(scope.id, uai);
  return db.$transaction(async (tx) => {
    await assertUnique(tx, scope.id, fields, null);
    const created = await tx.equipment.create({
      data: { collectiviteId: scope.id, etablissementId: etablissement.id, ...columns(fields) },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: equipmentAuditScope(ctx, etablissement),
      action: "equipment.create",
      entityType: "Equipment",
      entityId: created.id,
      after: {
        etablissement: `${etablissement.name} (${etablissement.uai})`,
        ...equipmentAuditValues(columns(fields)),
      },
    });
    return created;
  });
}

/** A collectivité agent corrects an equipment of its perimeter (and may move it to another of its collèges). */
export async function updateEquipment(ctx: AccessContext, input: unknown): Promise<void> {
  const scope = requireCollectivite(ctx, "inventory.write");
  const { id, uai, ...fields } = updateEquipmentSchema.parse(input);
  const current = await db.equipment.findFirst({
    where: { id, collectiviteId: scope.id },
    include: {
      etablissement: {
        select: { id: true, uai: true, name: true, collectiviteId: true, academieCode: true },
      },
    },
  });
  if (!current) throw new AppError("NOT_FOUND");
  const etablissement =
    current.etablissement.uai === uai ? current.etablissement : await ownedCollege(scope.id, uai);
  await db.$transaction(async (tx) => {
    await assertUnique(tx, scope.id, fields, id);
    const before = {
      etablissement: `${current.etablissement.name} (${current.etablissement.uai})`,
      ...equipmentAuditValues(current),
    };
    const after = {
      etablissement: `${etablissement.name} (${etablissement.uai})`,
      ...equipmentAuditValues(columns(fields)),
    };
    const changes = changedValues(before, after);
    if (Object.keys(changes.after).length === 0) return;
    const updated = await tx.equipment.updateMany({
      where: { id, collectiviteId: scope.id, updatedAt: current.updatedAt },
      data: { etablissementId: etablissement.id, ...columns(fields) },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await appendMemberAuditEvent(tx, ctx, {
      scope: equipmentAuditScope(ctx, etablissement),
      action: "equipment.update",
      entityType: "Equipment",
      entityId: id,
      ...changes,
    });
  });
}
