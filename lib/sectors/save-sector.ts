import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { createSectorSchema, deleteSectorSchema, renameSectorSchema } from "@/lib/sectors/schemas";
import {
  duplicateName,
  findManagedSector,
  managedSectorWhere,
  sectorAuditScope,
  sectorCollectiviteId,
} from "@/lib/sectors/sector-scope";

/** The unique (collectivité, name) index: another secteur of that name, in the same transaction. */
async function assertNameFree(
  tx: Prisma.TransactionClient,
  ctx: AccessContext,
  name: string,
  exceptId?: string,
) {
  const taken = await tx.sector.count({
    where: {
      ...managedSectorWhere(ctx),
      name: { equals: name, mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
  });
  if (taken > 0) throw duplicateName(name);
}

/** Creates an empty secteur in the context's collectivité. */
export async function createSector(ctx: AccessContext, input: unknown) {
  const collectiviteId = sectorCollectiviteId(ctx);
  const { name } = createSectorSchema.parse(input);
  return db.$transaction(async (tx) => {
    await assertNameFree(tx, ctx, name);
    const sector = await tx.sector.create({
      data: { collectiviteId, name },
      select: { id: true, name: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: sectorAuditScope(ctx),
      action: "sector.create",
      entityType: "Sector",
      entityId: sector.id,
      after: { name: sector.name },
    });
    return sector;
  });
}

/** Renames a secteur of the context's collectivité. */
export async function renameSector(ctx: AccessContext, input: unknown) {
  const { sectorId, name } = renameSectorSchema.parse(input);
  return db.$transaction(async (tx) => {
    const sector = await findManagedSector(tx, ctx, sectorId);
    if (sector.name === name) return { changed: false };
    await assertNameFree(tx, ctx, name, sector.id);
    await tx.sector.updateMany({ where: managedSectorWhere(ctx, sector.id), data: { name } });
    await appendMemberAuditEvent(tx, ctx, {
      scope: sectorAuditScope(ctx),
      action: "sector.rename",
      entityType: "Sector",
      entityId: sector.id,
      before: { name: sector.name },
      after: { name },
    });
    return { changed: true };
  });
}

/**
 * Deletes a secteur with no collège, no member and no pending invitation: its technicians would
 * otherwise be left seeing nothing (the foreign keys would only null their secteur).
 */
export async function deleteSector(ctx: AccessContext, input: unknown, now = new Date()) {
  const { sectorId } = deleteSectorSchema.parse(input);
  await db.$transaction(async (tx) => {
    const sector = await findManagedSector(tx, ctx, sectorId);
    const deleted = await tx.sector.deleteMany({
      where: {
        ...managedSectorWhere(ctx, sector.id),
        etablissements: { none: {} },
        memberships: { none: {} },
        invitations: { none: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } },
      },
    });
    if (deleted.count !== 1)
      throw new AppError(
        "CONFLICT",
        `Le secteur « ${sector.name} » n'est pas vide : retirez-en d'abord les collèges, les personnes et les invitations en attente.`,
      );
    await appendMemberAuditEvent(tx, ctx, {
      scope: sectorAuditScope(ctx),
      action: "sector.delete",
      entityType: "Sector",
      entityId: sector.id,
      before: { name: sector.name },
    });
  });
}
