import type { Role, ScopeType } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import {
  PERMISSION_TABLE,
  ROLE_LABELS,
  ROLE_RANK,
  roleAllowedInScope,
} from "@/lib/access/permissions";

/** The role whose last holder cannot leave: the scope would have nobody to manage its people. */
export const LAST_MANAGER_ROLE: Partial<Record<ScopeType, Role>> = {
  COLLECTIVITE: "ADMIN",
  ACADEMIE: "DRANE",
  PLATFORM: "ADMIN",
};

function rank(scopeType: ScopeType, role: Role): number {
  return ROLE_RANK[scopeType].indexOf(role);
}

export function topRank(scopeType: ScopeType, roles: readonly Role[]): number {
  return Math.max(-1, ...roles.map((r) => rank(scopeType, r)));
}

/**
 * The roles that sign conventions for a scope, read from the permission table: the chef
 * d'établissement; the académie's SIGNATAIRE and DRANE; the collectivité's SIGNATAIRE.
 */
export function signingRoles(scopeType: ScopeType): Role[] {
  return (Object.entries(PERMISSION_TABLE[scopeType]) as [Role, readonly string[]][])
    .filter(([, permissions]) => permissions.includes("convention.sign"))
    .map(([role]) => role);
}

export function isSigningRole(scopeType: ScopeType, role: Role): boolean {
  return signingRoles(scopeType).includes(role);
}

/**
 * May a manager holding `actorRoles` in `actorScope` manage (change or take away) a membership
 * with `role` in `targetScope`? In their own scope, never above their own role; a collectivité or
 * an académie also manages the people of its établissements.
 */
export function assertCanManage(
  actorScope: ScopeType,
  actorRoles: readonly Role[],
  targetScope: ScopeType,
  role: Role,
): void {
  if (!roleAllowedInScope(targetScope, role)) {
    throw new AppError(
      "INVALID_INPUT",
      `Le rôle « ${ROLE_LABELS[role]} » n'existe pas dans ce type d'espace.`,
      { role: "Rôle invalide pour cet espace." },
    );
  }
  if (actorScope === "PLATFORM") return;
  if (targetScope === actorScope) {
    if (rank(targetScope, role) > topRank(actorScope, actorRoles)) {
      throw new AppError("FORBIDDEN", "Vous ne pouvez pas attribuer un rôle supérieur au vôtre.");
    }
    return;
  }
  const managesEtablissements =
    (actorScope === "COLLECTIVITE" || actorScope === "ACADEMIE") && targetScope === "ETABLISSEMENT";
  if (!managesEtablissements)
    throw new AppError("FORBIDDEN", "Vous ne gérez pas les membres de cet espace.");
}

/**
 * May that manager give `role` in `targetScope`? As assertCanManage, and a signing role is given
 * only by a manager of that same scope or by the platform: a collectivité or an académie never
 * names the signer of a collège (separation of the parties). `institutional`: the invitation goes
 * to the établissement's address from the annuaire, which the inviter does not choose — the only
 * way another party brings a collège's first chef onto the platform.
 */
export function assertCanAssign(
  actorScope: ScopeType,
  actorRoles: readonly Role[],
  targetScope: ScopeType,
  role: Role,
  institutional = false,
): void {
  assertCanManage(actorScope, actorRoles, targetScope, role);
  if (actorScope === "PLATFORM" || actorScope === targetScope || institutional) return;
  if (isSigningRole(targetScope, role)) {
    throw new AppError(
      "FORBIDDEN",
      `Seul un membre de cet espace qui gère ses personnes, ou l'administrateur de la plateforme, peut attribuer le rôle « ${ROLE_LABELS[role]} ».`,
      { role: "Rôle signataire : attribué par l'espace lui-même." },
    );
  }
}
