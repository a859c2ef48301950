import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";
import type { ScopeType } from "@/lib/generated/prisma/enums";

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

/** Which journals show a need's events: the collectivité's, the collège's académie's and the collège's. */
export function needAuditScope(
  scopeType: ScopeType,
  campaign: { collectiviteId: string },
  etablissement: { id: string; academieCode: string },
) {
  return {
    scopeType,
    collectiviteId: campaign.collectiviteId,
    academieCode: etablissement.academieCode,
    etablissementId: etablissement.id,
  };
}

export function campaignAuditScope(campaign: { collectiviteId: string }) {
  return { scopeType: "COLLECTIVITE" as const, collectiviteId: campaign.collectiviteId };
}

/**
 * Decisions stay with the collectivité until arbitration is closed: the académie and the collège
 * see them (and a collège the académie's opinion) only once they are final.
 */
export function seesDecisions(ctx: AccessContext, campaignStatus: string): boolean {
  return ctx.scope.type === "COLLECTIVITE" || campaignStatus === "ARBITREE";
}

export function seesOpinions(ctx: AccessContext, campaignStatus: string): boolean {
  return ctx.scope.type !== "ETABLISSEMENT" || campaignStatus === "ARBITREE";
}
