import "server-only";
import { AppError } from "@/lib/errors";
import { type AccessContext } from "@/lib/access/context";

/** The collectivité of the context; another space has no collectivité dashboard. */
export function collectiviteOf(ctx: AccessContext) {
  if (ctx.scope.type !== "COLLECTIVITE") throw new AppError("FORBIDDEN");
  return ctx.scope;
}
