import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import { formatCents, plural } from "@/lib/format";
import { todayInParis } from "@/lib/dates";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { campaignIdSchema } from "@/lib/campaigns/schemas";
import { lockCampaign } from "@/lib/campaigns/access";
import { campaignAuditScope } from "@/lib/campaigns/scope";
import { acceptsDecisions, needTotals } from "@/lib/campaigns/rules";
import { NEED_STATUS_LABELS } from "@/lib/campaigns/labels";
import { chefsOfColleges, mailChefs } from "@/lib/campaigns/notify";
import { requireCollectivite } from "@/lib/access/require-scope";

/**
 * « Clôturer l'arbitrage »: once every need is decided, the campaign becomes ARBITREE, its
 * decisions final, and each collège's chef receives the decisions on its needs by e-mail.
 */
export async function closeArbitration(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ mails: number; acceptedCents: bigint }> {
  const scope = requireCollectivite(ctx, "need.arbitrate");
  const { campaignId } = campaignIdSchema.parse(input);
  const today = todayInParis(now);
  const { result, mailIds } = await db.$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, ctx, campaignId);
    if (campaign.status === "ARBITREE")
      throw new AppError("CONFLICT", "L'arbitrage de cette campagne est déjà clos.");
    if (!acceptsDecisions(campaign, today))
      throw new AppError(
        "CONFLICT",
        "L'arbitrage ne peut être clos qu'une fois les dépôts terminés.",
      );
    const needs = await tx.needRequest.findMany({
      where: { campaignId: campaign.id },
      select: {
        etablissementId: true,
        category: true,
        quantity: true,
        unitCostCents: true,
        status: true,
        acceptedQuantity: true,
        acceptedCents: true,
        decisionReason: true,
      },
      orderBy: [{ priority: "asc" }, { submittedAt: "asc" }],
    });
    const pending = needs.filter((n) => n.status === "SOUMIS").length;
    if (pending > 0)
      throw new AppError(
        "CONFLICT",
        `${plural(pending, "besoin reste", "besoins restent")} à arbitrer : décidez de chacun avant de clôturer.`,
      );
    await tx.needsCampaign.update({
      where: { id: campaign.id, collectiviteId: scope.id },
      data: { status: "ARBITREE", arbitratedAt: now },
    });
    const collegeIds = [...new Set(needs.map((n) => n.etablissementId))];
    const chefs =
      collegeIds.length > 0
        ? await chefsOfColleges(tx, campaign.collectiviteId, { only: collegeIds })
        : [];
    const mailIds = await mailChefs(tx, chefs, campaign, {
      subject: "Décisions de la campagne de besoins",
      lines: (chef) => [
        "L'arbitrage de la campagne est clos. Voici les décisions sur les besoins de votre collège :",
        "",
        ...needs
          .filter((n) => n.etablissementId === chef.etablissementId)
          .map((n) => {
            const what = `${CATEGORY_LABELS[n.category]} × ${n.quantity}`;
            const accepted =
              n.status === "REFUSE"
                ? ""
                : ` — ${n.acceptedQuantity} accepté(s), ${formatCents(n.acceptedCents ?? 0n)}`;
            return `• ${what} : ${NEED_STATUS_LABELS[n.status]}${accepted}${n.decisionReason ? ` (motif : ${n.decisionReason})` : ""}`;
          }),
      ],
    });
    const totals = needTotals(needs);
    await appendMemberAuditEvent(tx, ctx, {
      scope: campaignAuditScope(campaign),
      action: "campaign.arbitrate",
      entityType: "NeedsCampaign",
      entityId: campaign.id,
      before: { statut: "Ouverte" },
      after: {
        statut: "Arbitrée",
        montantAccepte: formatCents(totals.acceptedCents),
        enveloppe: formatCents(campaign.envelopeCents),
        courriels: mailIds.length,
      },
      occurredAt: now,
    });
    return { result: { mails: mailIds.length, acceptedCents: totals.acceptedCents }, mailIds };
  });
  await deliverQueuedMails(db, mailIds);
  return result;
}
