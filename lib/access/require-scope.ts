import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext, type ResolvedScope } from "@/lib/access/context";
import type { Permission } from "@/lib/access/permissions";

export type CollectiviteScope = Extract<ResolvedScope, { type: "COLLECTIVITE" }>;

/**
 * The collectivité a context acts for: the permission, held in a collectivité's space. Budgets,
 * inventory writes, imports, templates and campaigns management are a collectivité's own: any
 * other scope is refused even if a future table granted it the permission. `elsewhere` is the
 * answer for another scope: FORBIDDEN, or NOT_FOUND where the page treats it as a foreign id.
 */
export function requireCollectivite(
  ctx: AccessContext,
  permission: Permission,
  elsewhere: "FORBIDDEN" | "NOT_FOUND" = "FORBIDDEN",
): CollectiviteScope {
  assertCan(ctx, permission);
  if (ctx.scope.type !== "COLLECTIVITE") throw new AppError(elsewhere);
  return ctx.scope;
}
