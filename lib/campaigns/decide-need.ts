import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { formatDate } from "@/lib/format";
import { todayInParis } from "@/lib/dates";
import { decisionSchema } from "@/lib/campaigns/schemas";
import { lockCampaign, NEED_NOT_FOUND } from "@/lib/campaigns/access";
import { needAuditScope } from "@/lib/campaigns/scope";
import {
  acceptsDecisions,
  campaignPhase,
  decisionOutcome,
  envelopeExcess,
} from "@/lib/campaigns/rules";
import { changedValues, decisionAuditValues } from "@/lib/campaigns/audit-values";
import { requireCollectivite } from "@/lib/access/require-scope";
import { needScopeWhere } from "@/lib/access/campaign-scope";

/**
 * A collectivité agent decides on one need: accepted, partly (fewer, with a reason) or refused
 * (with a reason). The campaign row is locked while the other needs' accepted total is read, so
 * the envelope check holds when two agents decide at once; a decision past the envelope is refused
 * with both amounts named and nothing written.
 */
export async function decideNeed(ctx: AccessContext, input: unknown, now = new Date()) {
  const scope = requireCollectivite(ctx, "need.arbitrate");
  const parsed = decisionSchema.parse(input);
  const today = todayInParis(now);
  return db.$transaction(async (tx) => {
    const visible = await tx.needRequest.findFirst({
      where: { id: parsed.needId, campaign: { collectiviteId: scope.id } },
      select: { campaignId: true },
    });
    if (!visible) throw new AppError("NOT_FOUND", NEED_NOT_FOUND);
    const campaign = await lockCampaign(tx, ctx, visible.campaignId);
    if (campaign.status === "ARBITREE")
      throw new AppError(
        "CONFLICT",
        "L'arbitrage de cette campagne est clos : les décisions sont définitives.",
      );
    if (!acceptsDecisions(campaign, today)) {
      const message =
        campaignPhase(campaign, today) === "BROUILLON"
          ? "Cette campagne n'est pas encore ouverte."
          : `L'arbitrage commence après la date limite de dépôt (${formatDate(campaign.closesOn)}) ou après la clôture anticipée des dépôts.`;
      throw new AppError("CONFLICT", message);
    }
    const need = await tx.needRequest.findUniqueOrThrow({
      where: { id: parsed.needId },
      select: {
        id: true,
        quantity: true,
        unitCostCents: true,
        status: true,
        acceptedQuantity: true,
        acceptedCents: true,
        decisionReason: true,
        updatedAt: true,
        etablissement: { select: { id: true, academieCode: true } },
      },
    });
    const result = decisionOutcome(need, {
      decision: parsed.decision,
      acceptedQuantity: parsed.acceptedQuantity,
      reason: parsed.reason,
    });
    if (!result.ok)
      throw new AppError("INVALID_INPUT", result.message, { [result.field]: result.message });
    const others = await tx.needRequest.aggregate({
      where: {
        campaignId: campaign.id,
        id: { not: need.id },
        status: { in: ["ACCEPTE", "PARTIEL"] },
      },
      _sum: { acceptedCents: true },
    });
    const othersCents = others._sum.acceptedCents ?? 0n;
    const excess = envelopeExcess(
      othersCents,
      result.outcome.acceptedCents,
      campaign.envelopeCents,
    );
    if (excess) throw new AppError("CONFLICT", excess);
    const changes = changedValues(decisionAuditValues(need), decisionAuditValues(result.outcome));
    const updated = await tx.needRequest.updateMany({
      where: { id: need.id, updatedAt: need.updatedAt, AND: [needScopeWhere(ctx)] },
      data: { ...result.outcome, decidedById: ctx.user.id, decidedAt: now },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    if (Object.keys(changes.after).length > 0) {
      await appendMemberAuditEvent(tx, ctx, {
        scope: needAuditScope("COLLECTIVITE", campaign, need.etablissement),
        action: "need.decision",
        entityType: "NeedRequest",
        entityId: need.id,
        ...changes,
        occurredAt: now,
      });
    }
    return {
      status: result.outcome.status,
      acceptedTotalCents: othersCents + result.outcome.acceptedCents,
      envelopeCents: campaign.envelopeCents,
    };
  });
}
