import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, SECTOR_ROLES, type AccessContext } from "@/lib/access/context";
import { ROLE_LABELS } from "@/lib/access/permissions";
import { membershipScopeWhere } from "@/lib/access/scope-where";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { endAllUserSessions } from "@/lib/auth/user-sessions";
import { auditScopeOf } from "@/lib/members/actor";
import { assertCanAssign, assertCanManage, LAST_MANAGER_ROLE } from "@/lib/members/rules";
import {
  changeMemberRoleSchema,
  removeMemberSchema,
  revokeInvitationSchema,
} from "@/lib/members/schemas";

const memberSelect = {
  id: true,
  userId: true,
  role: true,
  scopeType: true,
  collectiviteId: true,
  academieCode: true,
  etablissementId: true,
  sectorId: true,
  user: { select: { email: true } },
  etablissement: { select: { collectiviteId: true, academieCode: true } },
} as const;

type Member = Prisma.MembershipGetPayload<{ select: typeof memberSelect }>;

/** A membership of the context's scope, or NOT_FOUND: the scope is inside the query. */
async function findManagedMembership(
  tx: Prisma.TransactionClient,
  ctx: AccessContext,
  membershipId: string,
): Promise<Member> {
  const member = await tx.membership.findFirst({
    where: { AND: [{ id: membershipId }, membershipScopeWhere(ctx)] },
    select: memberSelect,
  });
  if (!member) throw new AppError("NOT_FOUND", "Ce membre n'existe pas dans votre espace.");
  return member;
}

/** Refuses to leave a scope without anyone holding its managing role. */
async function assertNotLastManager(tx: Prisma.TransactionClient, member: Member): Promise<void> {
  if (LAST_MANAGER_ROLE[member.scopeType] !== member.role) return;
  const others = await tx.membership.count({
    where: {
      id: { not: member.id },
      scopeType: member.scopeType,
      role: member.role,
      user: { disabledAt: null },
      collectiviteId: member.collectiviteId,
      academieCode: member.academieCode,
      etablissementId: member.etablissementId,
    },
  });
  if (others === 0) {
    throw new AppError(
      "CONFLICT",
      "C'est le dernier administrateur de cet espace : nommez d'abord quelqu'un d'autre à ce rôle.",
    );
  }
}

/** A change in a collège is read by the collège, its collectivité and its académie alike. */
function auditScope(ctx: AccessContext, member: Member) {
  if (!member.etablissement) return auditScopeOf(ctx);
  return {
    ...auditScopeOf(ctx),
    etablissementId: member.etablissementId,
    collectiviteId: member.etablissement.collectiviteId,
    academieCode: member.etablissement.academieCode,
  };
}

/** Records a change to a membership, with the member as they were before it. */
function auditMemberChange(
  tx: Prisma.TransactionClient,
  ctx: AccessContext,
  member: Member,
  action: string,
  after?: { email: string; role: Member["role"] },
) {
  return appendMemberAuditEvent(tx, ctx, {
    scope: auditScope(ctx, member),
    action,
    entityType: "Membership",
    entityId: member.id,
    before: { email: member.user.email, role: member.role },
    after,
  });
}

export async function changeMemberRole(ctx: AccessContext, input: unknown) {
  assertCan(ctx, "member.manage");
  const { membershipId, role } = changeMemberRoleSchema.parse(input);
  return db.$transaction(async (tx) => {
    const member = await findManagedMembership(tx, ctx, membershipId);
    // No one gives their own account a role in another space (a collectivité's administrator
    // making himself chef of a collège).
    if (member.userId === ctx.user.id && member.scopeType !== ctx.scope.type) {
      throw new AppError(
        "FORBIDDEN",
        "Vous ne pouvez pas modifier votre propre rôle dans un autre espace.",
      );
    }
    // Neither the new role nor the one taken away may be above the manager's own; a signing role
    // is given only within its own space.
    assertCanAssign(ctx.scope.type, ctx.roles, member.scopeType, role);
    assertCanManage(ctx.scope.type, ctx.roles, member.scopeType, member.role);
    if (member.role === role) return member;
    // A technician without a secteur would see no collège: the secteur is chosen when inviting.
    if (member.scopeType === "COLLECTIVITE" && SECTOR_ROLES.includes(role) && !member.sectorId)
      throw new AppError(
        "INVALID_INPUT",
        `Un ${ROLE_LABELS[role].toLowerCase()} travaille sur un secteur : invitez la personne à ce rôle en choisissant son secteur.`,
        { role: "Rôle attribué avec un secteur, par invitation." },
      );
    await assertNotLastManager(tx, member);
    const updated = await tx.membership.update({
      where: { id: member.id, AND: [membershipScopeWhere(ctx)] },
      data: { role },
      select: memberSelect,
    });
    await auditMemberChange(tx, ctx, member, "member.role", { email: member.user.email, role });
    return updated;
  });
}

export async function removeMember(ctx: AccessContext, input: unknown) {
  assertCan(ctx, "member.manage");
  const { membershipId } = removeMemberSchema.parse(input);
  await db.$transaction(async (tx) => {
    const member = await findManagedMembership(tx, ctx, membershipId);
    assertCanManage(ctx.scope.type, ctx.roles, member.scopeType, member.role);
    await assertNotLastManager(tx, member);
    await tx.membership.delete({ where: { id: member.id, AND: [membershipScopeWhere(ctx)] } });
    // The removed person's open sessions end with the membership (they sign in again elsewhere).
    await endAllUserSessions(tx, member.userId);
    await auditMemberChange(tx, ctx, member, "member.remove");
  });
}

export async function revokeInvitation(ctx: AccessContext, input: unknown, now = new Date()) {
  assertCan(ctx, "member.manage");
  const { invitationId } = revokeInvitationSchema.parse(input);
  await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: {
        AND: [{ id: invitationId, acceptedAt: null, revokedAt: null }, membershipScopeWhere(ctx)],
      },
      select: {
        id: true,
        email: true,
        role: true,
        etablissementId: true,
        etablissement: { select: { collectiviteId: true, academieCode: true } },
      },
    });
    if (!invitation)
      throw new AppError("NOT_FOUND", "Cette invitation n'existe pas ou n'est plus en attente.");
    await tx.invitation.update({
      where: { id: invitation.id, AND: [membershipScopeWhere(ctx)] },
      data: { revokedAt: now },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: invitation.etablissement
        ? {
            ...auditScopeOf(ctx),
            etablissementId: invitation.etablissementId,
            ...invitation.etablissement,
          }
        : auditScopeOf(ctx),
      action: "invitation.revoke",
      entityType: "Invitation",
      entityId: invitation.id,
      before: { email: invitation.email, role: invitation.role },
    });
  });
}
