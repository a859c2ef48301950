import "server-only";
import { AppError } from "@/lib/errors";
import { type AccessContext } from "@/lib/access/context";

export function collectiviteOf(ctx: AccessContext) {
  if (ctx.scope.type !== "COLLECTIVITE") throw new AppError("FORBIDDEN");
  return ctx.scope;
}
