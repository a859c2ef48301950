import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";

/**
 * The campaigns a context may see, to put inside every query: a collectivité all of its own
 * (drafts included); an académie the opened campaigns of the collectivités owning its collèges;
 * a collège the opened campaigns of its collectivité. Nothing for the platform.
 */
export function campaignScopeWhere(ctx: AccessContext): Prisma.NeedsCampaignWhereInput {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return { collectiviteId: ctx.scope.id };
    case "ACADEMIE":
      return {
        status: { not: "BROUILLON" },
        collectivite: { etablissements: { some: { academieCode: ctx.scope.code } } },
      };
    case "ETABLISSEMENT":
      return { status: { not: "BROUILLON" }, collectiviteId: ctx.scope.collectiviteId };
    case "PLATFORM":
      return { id: { in: [] } };
  }
}

/** The needs a context may see: its collectivité's, its académie's collèges', or its own. */
export function needScopeWhere(ctx: AccessContext): Prisma.NeedRequestWhereInput {
  const campaign = campaignScopeWhere(ctx);
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return { campaign };
    case "ACADEMIE":
      return { campaign, etablissement: { academieCode: ctx.scope.code } };
    case "ETABLISSEMENT":
      return { campaign, etablissementId: ctx.scope.id };
    case "PLATFORM":
      return { id: { in: [] } };
  }
}
