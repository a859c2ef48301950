import "server-only";
import { assertCan, type AccessContext } from "@/lib/access/context";
import type { Permission } from "@/lib/access/permissions";
import { AppError } from "@/lib/errors";

/**
 * The collectivité whose budget a context reads or writes. Budgets are internal to a collectivité:
 * the permission is only granted there, and any other scope is refused even if it were granted.
 */
export function budgetCollectiviteOf(
  ctx: AccessContext,
  permission: Extract<Permission, "budget.read" | "budget.write">,
) {
  assertCan(ctx, permission);
  if (ctx.scope.type !== "COLLECTIVITE") throw new AppError("FORBIDDEN");
  return ctx.scope;
}
