import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent, appendAuditEvent } from "@/lib/audit/append-audit-event";
import { actorOf } from "@/lib/members/actor";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import { formatCents, formatDate } from "@/lib/format";
import { todayInParis } from "@/lib/dates";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { campaignIdSchema } from "@/lib/campaigns/schemas";
import {
  lockCampaign,
  unsafeLockCollectiviteCampaign,
  type LockedCampaign,
} from "@/lib/campaigns/access";
import { campaignAuditScope } from "@/lib/campaigns/scope";
import { campaignPhase, previousDay } from "@/lib/campaigns/rules";
import { chefsOfColleges, mailChefs } from "@/lib/campaigns/notify";
import { requireCollectivite } from "@/lib/access/require-scope";

/** A reminder is sent at most once a day per campaign, so a double click does not spam the chefs. */
const REMINDER_GAP_MS = 20 * 3_600_000;

function termsLines(c: LockedCampaign): string[] {
  return [
    `Période de dépôt : du ${formatDate(c.opensOn)} au ${formatDate(c.closesOn)} inclus.`,
    `Enveloppe de la campagne : ${formatCents(c.envelopeCents)}.`,
    `Catégories couvertes : ${c.categories.map((cat) => CATEGORY_LABELS[cat]).join(", ")}.`,
  ];
}

/**
 * Opens a draft to the collèges: status OUVERTE and one e-mail to the chef of each open public
 * collège of the collectivité, queued in the same transaction and delivered after commit.
 */
export async function openCampaign(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ mails: number }> {
  const scope = requireCollectivite(ctx, "campaign.manage");
  const { campaignId } = campaignIdSchema.parse(input);
  const today = todayInParis(now);
  const { mailIds } = await db.$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, ctx, campaignId);
    if (campaign.status !== "BROUILLON")
      throw new AppError("CONFLICT", "Cette campagne est déjà ouverte.");
    if (campaign.closesOn < today)
      throw new AppError(
        "CONFLICT",
        `La date limite de dépôt (${formatDate(campaign.closesOn)}) est passée : modifiez-la avant d'ouvrir la campagne.`,
      );
    await tx.needsCampaign.update({
      where: { id: campaign.id, collectiviteId: scope.id },
      data: { status: "OUVERTE", openedAt: now },
    });
    const chefs = await chefsOfColleges(tx, scope.id);
    const mailIds = await mailChefs(tx, chefs, campaign, {
      subject: "Campagne de besoins ouverte",
      lines: () => [
        "La collectivité ouvre une campagne de recensement des besoins en équipement numérique. Vous pouvez déposer les besoins de votre collège sur Tripartite.",
        "",
        ...termsLines(campaign),
      ],
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: campaignAuditScope(campaign),
      action: "campaign.open",
      entityType: "NeedsCampaign",
      entityId: campaign.id,
      before: { statut: "Brouillon" },
      after: { statut: "Ouverte", courriels: mailIds.length },
      occurredAt: now,
    });
    return { mailIds };
  });
  await deliverQueuedMails(db, mailIds);
  return { mails: mailIds.length };
}

/** « Relancer avant la date limite »: an e-mail to the chefs of the collèges that submitted nothing yet. */
export async function remindCampaign(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ mails: number; colleges: number }> {
  const scope = requireCollectivite(ctx, "campaign.manage");
  const { campaignId } = campaignIdSchema.parse(input);
  return unsafeRemindCampaign({ collectiviteId: scope.id, campaignId, actor: actorOf(ctx), now });
}

/**
 * The reminder itself, for an agent's click or the scheduled deadline reminders: bypasses the
 * access context, the caller names the collectivité (the campaign must be one of its own).
 */
export async function unsafeRemindCampaign(input: {
  collectiviteId: string;
  campaignId: string;
  actor: { id: string | null; label: string };
  now: Date;
}) {
  const { collectiviteId, campaignId, actor, now } = input;
  const today = todayInParis(now);
  const { result, mailIds } = await db.$transaction(async (tx) => {
    const campaign = await unsafeLockCollectiviteCampaign(tx, collectiviteId, campaignId);
    if (campaignPhase(campaign, today) !== "OUVERTE")
      throw new AppError("CONFLICT", "On ne relance que pendant la période de dépôt.");
    const last = await tx.auditEvent.findFirst({
      where: { collectiviteId, action: "campaign.remind", entityId: campaign.id },
      orderBy: { seq: "desc" },
      select: { occurredAt: true },
    });
    if (last && now.getTime() - last.occurredAt.getTime() < REMINDER_GAP_MS)
      throw new AppError(
        "CONFLICT",
        "Une relance a déjà été envoyée aujourd'hui pour cette campagne.",
      );
    const submitted = await tx.needRequest.findMany({
      where: { campaignId: campaign.id },
      distinct: ["etablissementId"],
      select: { etablissementId: true },
    });
    const chefs = await chefsOfColleges(tx, collectiviteId, {
      except: submitted.map((s) => s.etablissementId),
    });
    if (chefs.length === 0)
      throw new AppError(
        "CONFLICT",
        "Tous les collèges dont le chef est inscrit ont déjà déposé au moins un besoin : personne à relancer.",
      );
    const mailIds = await mailChefs(tx, chefs, campaign, {
      subject: "Rappel : campagne de besoins",
      lines: () => [
        `Votre collège n'a encore déposé aucun besoin dans cette campagne. La date limite de dépôt est le ${formatDate(campaign.closesOn)}.`,
        "",
        ...termsLines(campaign),
      ],
    });
    const colleges = new Set(chefs.map((c) => c.etablissementId)).size;
    await appendAuditEvent(tx, {
      actor,
      scope: campaignAuditScope(campaign),
      action: "campaign.remind",
      entityType: "NeedsCampaign",
      entityId: campaign.id,
      after: { etablissements: colleges, courriels: mailIds.length },
      occurredAt: now,
    });
    return { result: { mails: mailIds.length, colleges }, mailIds };
  });
  await deliverQueuedMails(db, mailIds);
  return result;
}

/**
 * Closes submissions before the deadline so arbitration can start: the deadline becomes yesterday
 * (the schema has no separate « closed » state: past its deadline an open campaign is closed).
 */
export async function closeSubmissions(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<void> {
  const scope = requireCollectivite(ctx, "campaign.manage");
  const { campaignId } = campaignIdSchema.parse(input);
  const today = todayInParis(now);
  await db.$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, ctx, campaignId);
    const phase = campaignPhase(campaign, today);
    if (phase !== "OUVERTE" && phase !== "A_VENIR")
      throw new AppError("CONFLICT", "Les dépôts de cette campagne ne sont pas ouverts.");
    const closesOn = previousDay(today);
    const opensOn = campaign.opensOn > closesOn ? closesOn : campaign.opensOn;
    await tx.needsCampaign.update({
      where: { id: campaign.id, collectiviteId: scope.id },
      data: { closesOn, opensOn },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: campaignAuditScope(campaign),
      action: "campaign.update",
      entityType: "NeedsCampaign",
      entityId: campaign.id,
      before: { cloture: campaign.closesOn.toISOString().slice(0, 10) },
      after: {
        cloture: closesOn.toISOString().slice(0, 10),
        motif: "Clôture anticipée des dépôts",
      },
      occurredAt: now,
    });
  });
}
