import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { type AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { formatDate } from "@/lib/format";
import { todayInParis } from "@/lib/dates";
import { loadReferential } from "@/lib/inventory/referential";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { needIdSchema, submitNeedSchema, updateNeedSchema } from "@/lib/campaigns/schemas";
import {
  lockCampaign,
  NEED_NOT_FOUND,
  needRequestSelect,
  type LockedCampaign,
} from "@/lib/campaigns/access";
import { needAuditScope } from "@/lib/campaigns/scope";
import { campaignScopeWhere } from "@/lib/access/campaign-scope";
import { acceptsSubmissions } from "@/lib/campaigns/rules";
import { changedValues, needAuditValues } from "@/lib/campaigns/audit-values";
import { requireEtablissement } from "@/lib/access/require-scope";

type Tx = Prisma.TransactionClient;

function assertWindow(campaign: LockedCampaign, today: Date) {
  if (acceptsSubmissions(campaign, today)) return;
  if (campaign.status === "OUVERTE" && today < campaign.opensOn)
    throw new AppError("CONFLICT", `Les dépôts ouvrent le ${formatDate(campaign.opensOn)}.`);
  throw new AppError(
    "CONFLICT",
    `Les dépôts de cette campagne sont clos depuis le ${formatDate(campaign.closesOn)} : rien n'a été enregistré.`,
  );
}

function assertCategory(campaign: LockedCampaign, category: string) {
  if (campaign.categories.includes(category as LockedCampaign["categories"][number])) return;
  const message = `Catégorie : cette campagne couvre ${campaign.categories.map((c) => CATEGORY_LABELS[c]).join(", ")}.`;
  throw new AppError("INVALID_INPUT", message, { category: message });
}

const needSelect = {
  id: true,
  campaignId: true,
  etablissementId: true,
  ...needRequestSelect,
  status: true,
  opinion: true,
  updatedAt: true,
} as const satisfies Prisma.NeedRequestSelect;

/** One of the collège's own needs, and its campaign locked. */
async function lockOwnNeed(tx: Tx, ctx: AccessContext, etablissementId: string, needId: string) {
  const need = await tx.needRequest.findFirst({
    where: { id: needId, etablissementId, campaign: campaignScopeWhere(ctx) },
    select: { campaignId: true },
  });
  if (!need) throw new AppError("NOT_FOUND", NEED_NOT_FOUND);
  const campaign = await lockCampaign(tx, ctx, need.campaignId);
  const current = await tx.needRequest.findFirst({
    where: { id: needId, etablissementId },
    select: needSelect,
  });
  if (!current) throw new AppError("NOT_FOUND", NEED_NOT_FOUND);
  return { campaign, need: current };
}

/** The open public collège a need is submitted for (a private or closed one is refused). */
async function assertPublicOpen(tx: Tx, etablissementId: string) {
  const e = await tx.etablissement.findUniqueOrThrow({
    where: { id: etablissementId },
    select: { secteur: true, etat: true },
  });
  if (e.secteur !== "PUBLIC")
    throw new AppError(
      "FORBIDDEN",
      "Les campagnes de besoins de la collectivité concernent ses collèges publics.",
    );
  if (e.etat !== "OUVERT") throw new AppError("FORBIDDEN", "Cet établissement est fermé.");
}

/**
 * A collège submits a need while the campaign is open; its unit cost is the collectivité's
 * référentiel's at that moment.
 */
export async function submitNeed(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ id: string }> {
  const college = requireEtablissement(ctx, "need.submit");
  const { campaignId, ...fields } = submitNeedSchema.parse(input);
  const today = todayInParis(now);
  return db.$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, ctx, campaignId);
    assertWindow(campaign, today);
    assertCategory(campaign, fields.category);
    await assertPublicOpen(tx, college.id);
    const referential = await loadReferential(tx, campaign.collectiviteId);
    const unitCostCents = BigInt(referential.rules[fields.category].unitCostCents);
    const created = await tx.needRequest.create({
      data: {
        campaignId: campaign.id,
        etablissementId: college.id,
        ...fields,
        unitCostCents,
        submittedById: ctx.user.id,
        submittedAt: now,
      },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: needAuditScope("ETABLISSEMENT", campaign, college),
      action: "need.submit",
      entityType: "NeedRequest",
      entityId: created.id,
      after: needAuditValues({ ...fields, unitCostCents }),
      occurredAt: now,
    });
    return created;
  });
}

/**
 * A collège corrects its need until the deadline. A new category takes the référentiel's current
 * cost; an opinion already given is cleared, since it was about the need as it was.
 */
export async function updateNeed(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ changed: boolean; opinionCleared: boolean }> {
  const college = requireEtablissement(ctx, "need.submit");
  const { needId, ...fields } = updateNeedSchema.parse(input);
  const today = todayInParis(now);
  return db.$transaction(async (tx) => {
    const { campaign, need } = await lockOwnNeed(tx, ctx, college.id, needId);
    assertWindow(campaign, today);
    assertCategory(campaign, fields.category);
    const unitCostCents =
      fields.category === need.category
        ? need.unitCostCents
        : BigInt(
            (await loadReferential(tx, campaign.collectiviteId)).rules[fields.category]
              .unitCostCents,
          );
    const changes = changedValues(
      needAuditValues(need),
      needAuditValues({ ...fields, unitCostCents }),
    );
    if (Object.keys(changes.after).length === 0) return { changed: false, opinionCleared: false };
    const opinionCleared = need.opinion !== null;
    const updated = await tx.needRequest.updateMany({
      where: {
        id: need.id,
        etablissementId: college.id,
        status: "SOUMIS",
        updatedAt: need.updatedAt,
      },
      data: {
        ...fields,
        unitCostCents,
        ...(opinionCleared
          ? { opinion: null, opinionComment: null, opinionById: null, opinionAt: null }
          : {}),
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await appendMemberAuditEvent(tx, ctx, {
      scope: needAuditScope("ETABLISSEMENT", campaign, college),
      action: "need.update",
      entityType: "NeedRequest",
      entityId: need.id,
      before: changes.before,
      after: opinionCleared ? { ...changes.after, avis: "effacé (besoin modifié)" } : changes.after,
      occurredAt: now,
    });
    return { changed: true, opinionCleared };
  });
}

/** A collège withdraws its need until the deadline: the row is removed, the journal keeps it. */
export async function withdrawNeed(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<void> {
  const college = requireEtablissement(ctx, "need.submit");
  const { needId } = needIdSchema.parse(input);
  const today = todayInParis(now);
  await db.$transaction(async (tx) => {
    const { campaign, need } = await lockOwnNeed(tx, ctx, college.id, needId);
    assertWindow(campaign, today);
    const deleted = await tx.needRequest.deleteMany({
      where: {
        id: need.id,
        etablissementId: college.id,
        status: "SOUMIS",
        updatedAt: need.updatedAt,
      },
    });
    if (deleted.count !== 1) throw new AppError("CONFLICT");
    await appendMemberAuditEvent(tx, ctx, {
      scope: needAuditScope("ETABLISSEMENT", campaign, college),
      action: "need.withdraw",
      entityType: "NeedRequest",
      entityId: need.id,
      before: needAuditValues(need),
      occurredAt: now,
    });
  });
}
