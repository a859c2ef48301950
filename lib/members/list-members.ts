import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { membershipScopeWhere } from "@/lib/access/scope-where";

/** Members of the space and of its établissements, and the invitations still pending. */
export async function listMembers(ctx: AccessContext, now = new Date()) {
  assertCan(ctx, "member.read");
  const where = membershipScopeWhere(ctx);
  const [members, invitations] = await Promise.all([
    db.membership.findMany({
      where: { AND: [where, { user: { disabledAt: null } }] },
      select: {
        id: true,
        role: true,
        scopeType: true,
        qualite: true,
        createdAt: true,
        user: { select: { id: true, name: true, email: true, lastLoginAt: true } },
        etablissement: { select: { uai: true, name: true } },
        sector: { select: { id: true, name: true } },
      },
      orderBy: [{ scopeType: "asc" }, { user: { name: "asc" } }],
    }),
    db.invitation.findMany({
      where: { AND: [where, { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }] },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        scopeType: true,
        expiresAt: true,
        etablissement: { select: { uai: true, name: true } },
        sector: { select: { id: true, name: true } },
      },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return { members, invitations };
}

/** The établissements a manager can staff, for the invitation form. */
export async function listStaffableEtablissements(ctx: AccessContext) {
  assertCan(ctx, "member.manage");
  if (ctx.scope.type !== "COLLECTIVITE" && ctx.scope.type !== "ACADEMIE") return [];
  const where =
    ctx.scope.type === "COLLECTIVITE"
      ? { collectiviteId: ctx.scope.id }
      : { academieCode: ctx.scope.code };
  return db.etablissement.findMany({
    where: { ...where, etat: "OUVERT" },
    select: { uai: true, name: true, communeName: true },
    orderBy: { name: "asc" },
  });
}
