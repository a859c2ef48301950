import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import {
  campaignFieldsSchema,
  updateCampaignSchema,
  type CampaignFields,
} from "@/lib/campaigns/schemas";
import { CAMPAIGN_NOT_FOUND, campaignTermsSelect } from "@/lib/campaigns/access";
import { campaignAuditScope } from "@/lib/campaigns/scope";
import { campaignAuditValues, changedValues } from "@/lib/campaigns/audit-values";
import { requireCollectivite } from "@/lib/access/require-scope";

type Tx = Prisma.TransactionClient;

/** The budget line a campaign feeds: one of the collectivité's lines of the same exercice. */
async function budgetLineLabel(
  tx: Tx,
  collectiviteId: string,
  fields: CampaignFields,
): Promise<string | null> {
  if (!fields.budgetLineId) return null;
  const line = await tx.budgetLine.findFirst({
    where: { id: fields.budgetLineId, collectiviteId, exercice: fields.exercice },
    select: { chapitre: true, nature: true, label: true },
  });
  if (!line) {
    const message = `Ligne budgétaire : choisissez une ligne de l'exercice ${fields.exercice} de votre collectivité.`;
    throw new AppError("INVALID_INPUT", message, { budgetLineId: message });
  }
  return `${line.chapitre} / ${line.nature} — ${line.label}`;
}

function columns(fields: CampaignFields) {
  return {
    title: fields.title,
    exercice: fields.exercice,
    opensOn: fields.opensOn,
    closesOn: fields.closesOn,
    envelopeCents: fields.envelope,
    categories: fields.categories,
    description: fields.description,
    budgetLineId: fields.budgetLineId,
  };
}

/** A collectivité agent drafts a campaign (status BROUILLON, seen only by the collectivité). */
export async function createCampaign(ctx: AccessContext, input: unknown): Promise<{ id: string }> {
  const scope = requireCollectivite(ctx, "campaign.manage");
  const fields = campaignFieldsSchema.parse(input);
  return db.$transaction(async (tx) => {
    const label = await budgetLineLabel(tx, scope.id, fields);
    const created = await tx.needsCampaign.create({
      data: { collectiviteId: scope.id, ...columns(fields) },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: campaignAuditScope({ collectiviteId: scope.id }),
      action: "campaign.create",
      entityType: "NeedsCampaign",
      entityId: created.id,
      after: campaignAuditValues({
        ...columns(fields),
        envelopeCents: fields.envelope,
        budgetLineLabel: label,
      }),
    });
    return created;
  });
}

/** Edits a draft; an opened campaign keeps the terms the collèges were sent. */
export async function updateCampaign(
  ctx: AccessContext,
  input: unknown,
): Promise<{ changed: boolean }> {
  const scope = requireCollectivite(ctx, "campaign.manage");
  const { campaignId, ...fields } = updateCampaignSchema.parse(input);
  return db.$transaction(async (tx) => {
    const current = await tx.needsCampaign.findFirst({
      where: { id: campaignId, collectiviteId: scope.id },
      select: {
        status: true,
        updatedAt: true,
        ...campaignTermsSelect,
        description: true,
        budgetLine: { select: { chapitre: true, nature: true, label: true } },
      },
    });
    if (!current) throw new AppError("NOT_FOUND", CAMPAIGN_NOT_FOUND);
    if (current.status !== "BROUILLON")
      throw new AppError(
        "CONFLICT",
        "Une campagne ouverte ne se modifie plus : les collèges en ont reçu les conditions.",
      );
    const label = await budgetLineLabel(tx, scope.id, fields);
    const before = campaignAuditValues({
      ...current,
      budgetLineLabel: current.budgetLine
        ? `${current.budgetLine.chapitre} / ${current.budgetLine.nature} — ${current.budgetLine.label}`
        : null,
    });
    const after = campaignAuditValues({
      ...columns(fields),
      envelopeCents: fields.envelope,
      budgetLineLabel: label,
    });
    const changes = changedValues(before, after);
    if (Object.keys(changes.after).length === 0) return { changed: false };
    const updated = await tx.needsCampaign.updateMany({
      where: {
        id: campaignId,
        collectiviteId: scope.id,
        status: "BROUILLON",
        updatedAt: current.updatedAt,
      },
      data: columns(fields),
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await appendMemberAuditEvent(tx, ctx, {
      scope: campaignAuditScope({ collectiviteId: scope.id }),
      action: "campaign.update",
      entityType: "NeedsCampaign",
      entityId: campaignId,
      ...changes,
    });
    return { changed: true };
  });
}
