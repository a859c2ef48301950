import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";

/** The collège of an établissement context; any other space has no collège dashboard. */
export function collegeOf(ctx: AccessContext) {
  assertCan(ctx, "dashboard.read");
  if (ctx.scope.type !== "ETABLISSEMENT") throw new AppError("FORBIDDEN");
  return ctx.scope;
}

/** Null for a figure the collège has none of (indicators of a private or closed collège). */
export async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
