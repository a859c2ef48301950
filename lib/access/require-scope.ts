import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext, type ResolvedScope } from "@/lib/access/context";
import type { Permission } from "@/lib/access/permissions";

type ScopeOf<T extends ResolvedScope["type"]> = Extract<ResolvedScope, { type: T }>;
export type CollectiviteScope = ScopeOf<"COLLECTIVITE">;
type Elsewhere = "FORBIDDEN" | "NOT_FOUND";

function requireScope<T extends ResolvedScope["type"]>(
  ctx: AccessContext,
  permission: Permission,
  type: T,
  elsewhere: Elsewhere,
): ScopeOf<T> {
  assertCan(ctx, permission);
  if (ctx.scope.type !== type) throw new AppError(elsewhere);
  return ctx.scope as ScopeOf<T>;
}

/**
 * The collectivité a context acts for: the permission, held in a collectivité's space. Budgets,
 * inventory writes and imports, référentiels, conventions and campaigns management are a
 * collectivité's own: any other scope is refused even if a future table granted it the
 * permission. `elsewhere` answers another scope: FORBIDDEN, or NOT_FOUND where a page treats it
 * like a foreign id.
 */
export function requireCollectivite(
  ctx: AccessContext,
  permission: Permission,
  elsewhere: Elsewhere = "FORBIDDEN",
): CollectiviteScope {
  return requireScope(ctx, permission, "COLLECTIVITE", elsewhere);
}

/** The académie a context acts for (an opinion on a need): the permission, in an académie's space. */
export const requireAcademie = (ctx: AccessContext, permission: Permission) =>
  requireScope(ctx, permission, "ACADEMIE", "FORBIDDEN");

/** The collège a context acts for (its needs, its allocations): the permission, in its own space. */
export const requireEtablissement = (ctx: AccessContext, permission: Permission) =>
  requireScope(ctx, permission, "ETABLISSEMENT", "FORBIDDEN");
