import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";

/**
 * The établissements a context may see, to put inside every query on tenant data:
 * a collectivité its own, an académie every one of its académie across collectivités,
 * an établissement itself, the platform all.
 */
export function etablissementScopeWhere(ctx: AccessContext): Prisma.EtablissementWhereInput {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return { collectiviteId: ctx.scope.id };
    case "ACADEMIE":
      return { academieCode: ctx.scope.code };
    case "ETABLISSEMENT":
      return { id: ctx.scope.id };
    case "PLATFORM":
      return {};
  }
}
