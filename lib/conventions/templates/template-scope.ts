import "server-only";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";

export const TEMPLATE_NOT_FOUND = "Ce modèle de convention n'existe pas dans votre espace.";

/**
 * Templates belong to one collectivité and only its own space reads or writes them: any other
 * scope (an académie, a collège, the platform) gets NOT_FOUND, the answer a foreign id gets.
 */
export function templateCollectiviteId(ctx: AccessContext): string {
  if (ctx.scope.type !== "COLLECTIVITE") throw new AppError("NOT_FOUND", TEMPLATE_NOT_FOUND);
  return ctx.scope.id;
}
