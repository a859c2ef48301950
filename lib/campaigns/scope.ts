import type { AccessContext } from "@/lib/access/context";
import type { ScopeType } from "@/lib/generated/prisma/enums";

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
