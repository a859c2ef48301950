import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, SECTOR_ROLES, type AccessContext } from "@/lib/access/context";
import { findManagedSector, sectorCollectiviteId } from "@/lib/sectors/sector-scope";

const fieldStaff = { role: { in: [...SECTOR_ROLES] }, user: { disabledAt: null } };

/** The collèges a collectivité's technicians serve: its open public ones. */
const SERVED = { etat: "OUVERT", secteur: "PUBLIC" } as const;

/** The secteurs of the collectivité with their counts, and how many served collèges have none. */
export async function listSectors(ctx: AccessContext) {
  const collectiviteId = sectorCollectiviteId(ctx);
  const [sectors, unassigned] = await Promise.all([
    db.sector.findMany({
      where: { collectiviteId },
      select: {
        id: true,
        name: true,
        _count: { select: { etablissements: true, memberships: { where: fieldStaff } } },
      },
      orderBy: { name: "asc" },
    }),
    db.etablissement.count({
      where: { collectiviteId, sectorId: null, ...SERVED },
    }),
  ]);
  return {
    sectors: sectors.map((s) => ({
      id: s.id,
      name: s.name,
      colleges: s._count.etablissements,
      people: s._count.memberships,
    })),
    unassigned,
  };
}

/**
 * One secteur: its name, the collèges to choose from (the served ones, and any other already in
 * it, so it can be taken out), each with the secteur it is in, and the people attached to it,
 * members and pending invitations.
 */
export async function getSector(ctx: AccessContext, id: string, now = new Date()) {
  const sector = await findManagedSector(db, ctx, id);
  const collectiviteId = sectorCollectiviteId(ctx);
  const [colleges, members, invitations] = await Promise.all([
    db.etablissement.findMany({
      where: { collectiviteId, OR: [SERVED, { sectorId: sector.id }] },
      select: {
        id: true,
        uai: true,
        name: true,
        communeName: true,
        etat: true,
        sector: { select: { id: true, name: true } },
      },
      orderBy: [{ communeName: "asc" }, { name: "asc" }],
    }),
    db.membership.findMany({
      where: { sectorId: sector.id, collectiviteId, user: { disabledAt: null } },
      select: { id: true, role: true, user: { select: { name: true, email: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    db.invitation.findMany({
      where: {
        sectorId: sector.id,
        collectiviteId,
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
      },
      select: { id: true, name: true, email: true, role: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return { sector, colleges, members, invitations };
}

/** The secteurs a manager may attach a technician to, for the invitation form. */
export async function listSectorOptions(ctx: AccessContext) {
  assertCan(ctx, "member.manage");
  if (ctx.scope.type !== "COLLECTIVITE") return [];
  return db.sector.findMany({
    where: { collectiviteId: ctx.scope.id },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
