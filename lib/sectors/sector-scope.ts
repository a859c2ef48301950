import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";
import { requireCollectivite } from "@/lib/access/require-scope";

/** The collectivité whose secteurs a context manages (sector.manage, in a collectivité's space). */
export const sectorCollectiviteId = (ctx: AccessContext): string =>
  requireCollectivite(ctx, "sector.manage", "NOT_FOUND").id;

/** The secteurs a context manages, or the one of them with this id. */
export function managedSectorWhere(ctx: AccessContext, id?: string): Prisma.SectorWhereInput {
  const collectiviteId = sectorCollectiviteId(ctx);
  return id === undefined ? { collectiviteId } : { id, collectiviteId };
}

/** The audit scope of a secteur's events: its collectivité's journal. */
export function sectorAuditScope(ctx: AccessContext) {
  return { scopeType: "COLLECTIVITE" as const, collectiviteId: sectorCollectiviteId(ctx) };
}

/** A secteur of the context's collectivité (read in the transaction of a write), or NOT_FOUND. */
export async function findManagedSector(
  tx: Pick<Prisma.TransactionClient, "sector">,
  ctx: AccessContext,
  id: string,
) {
  const sector = await tx.sector.findFirst({
    where: managedSectorWhere(ctx, id),
    select: { id: true, name: true },
  });
  if (!sector) throw new AppError("NOT_FOUND", "Ce secteur n'existe pas dans votre collectivité.");
  return sector;
}

/** A second secteur of the same name is refused in words, not as a database error. */
export function duplicateName(name: string): AppError {
  return new AppError("CONFLICT", `Un secteur s'appelle déjà « ${name} ».`, {
    name: "Ce nom est déjà pris.",
  });
}
