import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { opinionSchema } from "@/lib/campaigns/schemas";
import { lockCampaign, NEED_NOT_FOUND } from "@/lib/campaigns/access";
import { needAuditScope } from "@/lib/campaigns/scope";
import { needScopeWhere } from "@/lib/access/campaign-scope";
import { acceptsOpinions } from "@/lib/campaigns/rules";
import { changedValues, opinionAuditValues } from "@/lib/campaigns/audit-values";
import { requireAcademie } from "@/lib/access/require-scope";

/** The académie (DRANE) gives or changes its pedagogical opinion on a need of one of its collèges, until arbitration is closed. */
export async function giveOpinion(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ changed: boolean }> {
  requireAcademie(ctx, "need.opinion");
  const { needId, opinion, comment } = opinionSchema.parse(input);
  return db.$transaction(async (tx) => {
    const visible = await tx.needRequest.findFirst({
      where: { AND: [{ id: needId }, needScopeWhere(ctx)] },
      select: { campaignId: true },
    });
    if (!visible) throw new AppError("NOT_FOUND", NEED_NOT_FOUND);
    const campaign = await lockCampaign(tx, ctx, visible.campaignId);
    if (!acceptsOpinions(campaign))
      throw new AppError(
        "CONFLICT",
        "L'arbitrage de cette campagne est clos : l'avis ne peut plus changer.",
      );
    const need = await tx.needRequest.findUniqueOrThrow({
      where: { id: needId },
      select: {
        id: true,
        opinion: true,
        opinionComment: true,
        updatedAt: true,
        etablissement: { select: { id: true, academieCode: true } },
      },
    });
    const changes = changedValues(
      opinionAuditValues(need.opinion, need.opinionComment),
      opinionAuditValues(opinion, comment),
    );
    if (Object.keys(changes.after).length === 0) return { changed: false };
    const updated = await tx.needRequest.updateMany({
      where: { id: need.id, updatedAt: need.updatedAt, AND: [needScopeWhere(ctx)] },
      data: { opinion, opinionComment: comment, opinionById: ctx.user.id, opinionAt: now },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await appendMemberAuditEvent(tx, ctx, {
      scope: needAuditScope("ACADEMIE", campaign, need.etablissement),
      action: "need.opinion",
      entityType: "NeedRequest",
      entityId: need.id,
      ...changes,
      occurredAt: now,
    });
    return { changed: true };
  });
}
