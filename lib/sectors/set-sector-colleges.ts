import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { setSectorCollegesSchema } from "@/lib/sectors/schemas";
import {
  findManagedSector,
  sectorAuditScope,
  sectorCollectiviteId,
} from "@/lib/sectors/sector-scope";

/**
 * Makes the checked collèges the secteur's, exactly: a checked collège of another secteur moves
 * here, an unchecked one of this secteur is left without secteur. Every collège must be the
 * collectivité's (another's is NOT_FOUND, and nothing changes).
 */
export async function setSectorColleges(ctx: AccessContext, input: unknown) {
  const collectiviteId = sectorCollectiviteId(ctx);
  const data = setSectorCollegesSchema.parse(input);
  const ids = [...new Set(data.etablissementIds)];
  return db.$transaction(async (tx) => {
    const sector = await findManagedSector(tx, ctx, data.sectorId);
    const chosen = await tx.etablissement.findMany({
      where: { id: { in: ids }, collectiviteId },
      select: { uai: true },
      orderBy: { uai: "asc" },
    });
    if (chosen.length !== ids.length)
      throw new AppError("NOT_FOUND", "Un des collèges cochés n'est pas dans votre collectivité.", {
        etablissementIds: "Collège introuvable dans votre collectivité.",
      });
    const before = await tx.etablissement.findMany({
      where: { sectorId: sector.id, collectiviteId },
      select: { uai: true },
      orderBy: { uai: "asc" },
    });
    const removed = await tx.etablissement.updateMany({
      where: { sectorId: sector.id, collectiviteId, id: { notIn: ids } },
      data: { sectorId: null },
    });
    const added = await tx.etablissement.updateMany({
      where: {
        id: { in: ids },
        collectiviteId,
        OR: [{ sectorId: null }, { sectorId: { not: sector.id } }],
      },
      data: { sectorId: sector.id },
    });
    const changed = removed.count + added.count > 0;
    if (changed)
      await appendMemberAuditEvent(tx, ctx, {
        scope: sectorAuditScope(ctx),
        action: "sector.colleges",
        entityType: "Sector",
        entityId: sector.id,
        before: { name: sector.name, etablissements: before.map((e) => e.uai) },
        after: { name: sector.name, etablissements: chosen.map((e) => e.uai) },
      });
    return { count: ids.length, added: added.count, removed: removed.count, changed };
  });
}
