import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { hasDemoBudgets } from "@/lib/budgets/demo-marker";

/**
 * Whether the budget a page shows comes from the demo seed (it then says « données fictives »):
 * the collectivité's own for its budget readers, the collège's collectivité for its chef.
 */
export async function isDemoBudget(ctx: AccessContext): Promise<boolean> {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      if (!ctx.permissions.has("budget.read")) assertCan(ctx, "allocation.read");
      return hasDemoBudgets(db, ctx.scope.id);
    case "ETABLISSEMENT":
      assertCan(ctx, "allocation.read");
      return hasDemoBudgets(db, ctx.scope.collectiviteId);
    default:
      throw new AppError("FORBIDDEN");
  }
}
