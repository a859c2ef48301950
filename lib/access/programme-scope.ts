import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";

/**
 * The deployment programmes a context may see, to put inside every query: a collectivité all of
 * its own (drafts included); an académie the adopted programmes that hold one of its collèges; a
 * collège the adopted programmes it is part of. Nothing for the platform.
 */
export function programmeScopeWhere(ctx: AccessContext): Prisma.DeploymentProgrammeWhereInput {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return { collectiviteId: ctx.scope.id };
    case "ACADEMIE":
      return {
        status: "ADOPTE",
        assignments: { some: { etablissement: { academieCode: ctx.scope.code } } },
      };
    case "ETABLISSEMENT":
      return { status: "ADOPTE", assignments: { some: { etablissementId: ctx.scope.id } } };
    case "PLATFORM":
      return { id: { in: [] } };
  }
}

/** The collèges of a programme a context may see: all for the collectivité, its own for the others. */
export function assignmentScopeWhere(ctx: AccessContext): Prisma.WaveAssignmentWhereInput {
  const programme = programmeScopeWhere(ctx);
  switch (ctx.scope.type) {
    case "ACADEMIE":
      return { programme, etablissement: { academieCode: ctx.scope.code } };
    case "ETABLISSEMENT":
      return { programme, etablissementId: ctx.scope.id };
    default:
      return { programme };
  }
}
