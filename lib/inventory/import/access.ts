import { assertCan, type AccessContext } from "@/lib/access/context";
import { AppError } from "@/lib/errors";

/**
 * The collectivité an inventory import acts for: only a collectivité's agents (inventory.write)
 * import, into their own collectivité. Every import query filters on the id returned here.
 */
export function importCollectiviteId(ctx: AccessContext): string {
  assertCan(ctx, "inventory.write");
  if (ctx.scope.type !== "COLLECTIVITE") throw new AppError("FORBIDDEN");
  return ctx.scope.id;
}

/** Import ids are ours (uuid or cuid); anything else names no import. */
export function checkImportId(id: unknown): string {
  if (typeof id !== "string" || id.length === 0 || id.length > 40) throw new AppError("NOT_FOUND");
  return id;
}
