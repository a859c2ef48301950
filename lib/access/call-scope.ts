import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";

/**
 * The appels à projets a context may see, to put inside every query: a collectivité all of its
 * own (drafts included); an académie the joint calls it co-pilots (drafts included: it agrees to
 * publish them), never a call of a collectivité alone; a collège the published calls of its
 * collectivité. Nothing for the platform.
 */
export function callScopeWhere(ctx: AccessContext): Prisma.ProjectCallWhereInput {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return { collectiviteId: ctx.scope.id };
    case "ACADEMIE":
      return { academieCode: ctx.scope.code };
    case "ETABLISSEMENT":
      return { status: "PUBLIE", collectiviteId: ctx.scope.collectiviteId };
    case "PLATFORM":
      return { id: { in: [] } };
  }
}

/**
 * The dossiers a context may reach: those of the calls it sees, and for a collège only its own.
 */
export function applicationScopeWhere(ctx: AccessContext): Prisma.ProjectApplicationWhereInput {
  return {
    call: callScopeWhere(ctx),
    ...(ctx.scope.type === "ETABLISSEMENT" ? { etablissementId: ctx.scope.id } : {}),
  };
}
