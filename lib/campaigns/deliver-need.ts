import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { todayInParis } from "@/lib/dates";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { enterDeliveredEquipment } from "@/lib/inventory/deliver-equipment";
import { deliverySchema } from "@/lib/campaigns/schemas";
import { lockCampaign, NEED_NOT_FOUND } from "@/lib/campaigns/access";
import { needAuditScope } from "@/lib/campaigns/scope";
import { isAccepted } from "@/lib/campaigns/rules";
import { requireCollectivite } from "@/lib/access/require-scope";
import { needScopeWhere } from "@/lib/access/campaign-scope";

/**
 * « Marquer livré »: an accepted need enters the inventory, as many equipment rows as accepted
 * (enterDeliveredEquipment), in the transaction that marks it delivered. Only once per need.
 */
export async function markNeedDelivered(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ created: number }> {
  const scope = requireCollectivite(ctx, "campaign.manage");
  const { needId, deliveredOn } = deliverySchema.parse(input);
  if (deliveredOn > todayInParis(now)) {
    const message = "Date de livraison : elle ne peut pas être dans le futur.";
    throw new AppError("INVALID_INPUT", message, { deliveredOn: message });
  }
  return db.$transaction(async (tx) => {
    const visible = await tx.needRequest.findFirst({
      where: { id: needId, campaign: { collectiviteId: scope.id } },
      select: { campaignId: true },
    });
    if (!visible) throw new AppError("NOT_FOUND", NEED_NOT_FOUND);
    const campaign = await lockCampaign(tx, ctx, visible.campaignId);
    if (campaign.status !== "ARBITREE")
      throw new AppError("CONFLICT", "Une livraison s'enregistre une fois l'arbitrage clos.");
    const need = await tx.needRequest.findUniqueOrThrow({
      where: { id: needId },
      select: {
        id: true,
        category: true,
        status: true,
        acceptedQuantity: true,
        unitCostCents: true,
        deliveredAt: true,
        etablissement: {
          select: { id: true, uai: true, name: true, collectiviteId: true, academieCode: true },
        },
      },
    });
    if (!isAccepted(need.status) || !need.acceptedQuantity)
      throw new AppError("CONFLICT", "Seul un besoin accepté se livre.");
    if (need.deliveredAt) throw new AppError("CONFLICT", "Ce besoin est déjà livré et inventorié.");
    const marked = await tx.needRequest.updateMany({
      where: { id: need.id, deliveredAt: null, AND: [needScopeWhere(ctx)] },
      data: { deliveredAt: deliveredOn },
    });
    if (marked.count !== 1) throw new AppError("CONFLICT");
    await enterDeliveredEquipment(tx, {
      college: need.etablissement,
      category: need.category,
      quantity: need.acceptedQuantity,
      unitCostCents: Number(need.unitCostCents),
      deliveredOn,
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: needAuditScope("COLLECTIVITE", campaign, need.etablissement),
      action: "need.delivered",
      entityType: "NeedRequest",
      entityId: need.id,
      after: {
        livraison: deliveredOn.toISOString().slice(0, 10),
        categorie: CATEGORY_LABELS[need.category],
        quantite: need.acceptedQuantity,
        etablissement: `${need.etablissement.name} (${need.etablissement.uai})`,
      },
      occurredAt: now,
    });
    return { created: need.acceptedQuantity };
  });
}
