import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { assertCan, SECTOR_ROLES, type AccessContext } from "@/lib/access/context";
import { PERMISSION_TABLE } from "@/lib/access/permissions";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { requireCollectivite } from "@/lib/access/require-scope";

type Tx = Prisma.TransactionClient;

/**
 * The visits a context may read: a collectivité's planners (visit.manage) those of its collèges
 * — a technician those of their secteurs' collèges —, a collège's staff (incident.read) its own.
 * Académies and the platform read none: a visit is the collectivité's work in its collèges.
 */
export function visitScopeWhere(ctx: AccessContext): Prisma.VisitWhereInput {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      assertCan(ctx, "visit.manage");
      return ctx.sectorIds
        ? { collectiviteId: ctx.scope.id, etablissement: { sectorId: { in: [...ctx.sectorIds] } } }
        : { collectiviteId: ctx.scope.id };
    case "ETABLISSEMENT":
      assertCan(ctx, "incident.read");
      return { etablissementId: ctx.scope.id };
    default:
      throw new AppError("FORBIDDEN");
  }
}

export const VISIT_NOT_FOUND = "Cette visite n'existe pas, ou vous n'y avez pas accès.";

export const plannedCollegeSelect = {
  id: true,
  uai: true,
  name: true,
  sectorId: true,
  academieCode: true,
  departementCode: true,
  collectiviteId: true,
} as const satisfies Prisma.EtablissementSelect;

/** A collège the context plans visits for: one of its perimeter (a technician's secteurs). */
export async function plannedCollegeOf(ctx: AccessContext, uai: string) {
  requireCollectivite(ctx, "visit.manage");
  const college = await db.etablissement.findFirst({
    where: { AND: [etablissementScopeWhere(ctx), { uai }] },
    select: plannedCollegeSelect,
  });
  if (!college)
    throw new AppError("NOT_FOUND", "Ce collège n'existe pas, ou n'est pas dans votre périmètre.");
  return college;
}

/** The collectivité's roles that go on visits (visit.manage). */
const VISITING_ROLES = (Object.keys(PERMISSION_TABLE.COLLECTIVITE) as Role[]).filter((role) =>
  PERMISSION_TABLE.COLLECTIVITE[role]?.includes("visit.manage"),
);

/**
 * The memberships of the people who may visit the collèges of these secteurs for the
 * collectivité: its agents and administrators anywhere, its field staff in their own secteur.
 * `sectorIds` null: any secteur (the list of a whole collectivité).
 */
export function visitorMembershipWhere(
  collectiviteId: string,
  sectorIds: readonly string[] | null,
): Prisma.MembershipWhereInput {
  return {
    scopeType: "COLLECTIVITE",
    collectiviteId,
    role: { in: VISITING_ROLES },
    user: { disabledAt: null },
    ...(sectorIds
      ? { OR: [{ role: { notIn: [...SECTOR_ROLES] } }, { sectorId: { in: [...sectorIds] } }] }
      : {}),
  };
}

/**
 * Refuses a technician who may not visit the collège: not a member of its collectivité holding
 * visit.manage, or field staff of another secteur. Returns their name.
 */
export async function assertVisitor(
  tx: Tx,
  technicianId: string,
  college: { collectiviteId: string; sectorId: string | null },
): Promise<string> {
  const membership = await tx.membership.findFirst({
    where: {
      userId: technicianId,
      ...visitorMembershipWhere(college.collectiviteId, [college.sectorId ?? ""]),
    },
    select: { user: { select: { name: true } } },
  });
  if (!membership) {
    const message =
      "Technicien : choisissez une personne de la collectivité chargée des visites de ce collège (un technicien de son secteur).";
    throw new AppError("INVALID_INPUT", message, { technicianId: message });
  }
  return membership.user.name;
}

/** The first key of the advisory lock held on a technician's planning (the second: their id). */
const TECHNICIAN_PLANNING_LOCK = 727_274_016;

/**
 * Holds the collège's row, then the technician's planning, until the transaction ends: two plans
 * for one collège, or for one technician in two collèges, are written one after the other, so
 * neither books a half-day the other has just taken. Always in this order: no deadlock.
 */
export async function lockCollege(
  tx: Tx,
  collegeId: string,
  technicianId: string | null = null,
): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Etablissement" WHERE "id" = ${collegeId} FOR UPDATE`;
  if (technicianId) await lockTechnicianPlanning(tx, technicianId);
}

/** Holds a technician's planning until the transaction ends (always the last lock taken). */
export async function lockTechnicianPlanning(tx: Tx, technicianId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TECHNICIAN_PLANNING_LOCK}::int, hashtext(${technicianId}))`;
}
