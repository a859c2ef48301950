import "server-only";
import { AppError } from "@/lib/errors";
import type { ConventionKind } from "@/lib/generated/prisma/enums";
import { assertCan, type AccessContext } from "@/lib/access/context";
import type { Permission } from "@/lib/access/permissions";

export const TEMPLATE_NOT_FOUND = "Ce modèle de convention n'existe pas dans votre espace.";

/**
 * Templates belong to one collectivité and only its own space reads or writes them: any other
 * scope (an académie, a collège, the platform) gets NOT_FOUND, the answer a foreign id gets. The
 * permission is checked first: a member without it gets FORBIDDEN.
 */
export function templateCollectiviteId(ctx: AccessContext, permission: Permission): string {
  assertCan(ctx, permission);
  if (ctx.scope.type !== "COLLECTIVITE") throw new AppError("NOT_FOUND", TEMPLATE_NOT_FOUND);
  return ctx.scope.id;
}

/** What a template's list row and its page both show of it. */
export interface ConventionTemplateHeader {
  id: string;
  kind: ConventionKind;
  name: string;
  archived: boolean;
  createdAt: Date;
}

/** The columns templateHeader reads. */
export const templateHeaderSelect = {
  id: true,
  kind: true,
  name: true,
  archivedAt: true,
  createdAt: true,
} as const;

export function templateHeader(
  row: Omit<ConventionTemplateHeader, "archived"> & { archivedAt: Date | null },
): ConventionTemplateHeader {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    archived: row.archivedAt !== null,
    createdAt: row.createdAt,
  };
}
