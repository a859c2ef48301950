import type { Role, ScopeType } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { ROLE_LABELS, ROLE_RANK, roleAllowedInScope } from "@/lib/access/permissions";

/** The role whose last holder cannot leave: the scope would have nobody to manage its people. */
export const LAST_MANAGER_ROLE: Partial<Record<ScopeType, Role>> = { COLLECTIVITE: "ADMIN", ACADEMIE: "DRANE", PLATFORM: "ADMIN" };

function rank(scopeType: ScopeType, role: Role): number {
  return ROLE_RANK[scopeType].indexOf(role);
}

export function topRank(scopeType: ScopeType, roles: readonly Role[]): number {
  return Math.max(-1, ...roles.map((r) => rank(scopeType, r)));
}

/**
 * May a manager holding `actorRoles` in `actorScope` give `role` in `targetScope`? In their own
 * scope, never above their own role; a collectivité or an académie also manages its établissements.
 */
export function assertCanAssign(actorScope: ScopeType, actorRoles: readonly Role[], targetScope: ScopeType, role: Role): void {
  if (!roleAllowedInScope(targetScope, role)) {
    throw new AppError("INVALID_INPUT", `Le rôle « ${ROLE_LABELS[role]} » n'existe pas dans ce type d'espace.`, { role: "Rôle invalide pour cet espace." });
  }
  if (targetScope === actorScope) {
    if (rank(targetScope, role) > topRank(actorScope, actorRoles)) {
      throw new AppError("FORBIDDEN", "Vous ne pouvez pas attribuer un rôle supérieur au vôtre.");
    }
    return;
  }
  const managesEtablissements = (actorScope === "COLLECTIVITE" || actorScope === "ACADEMIE") && targetScope === "ETABLISSEMENT";
  if (!managesEtablissements) throw new AppError("FORBIDDEN", "Vous ne gérez pas les membres de cet espace.");
}
