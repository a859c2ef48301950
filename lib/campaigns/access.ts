import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { campaignScopeWhere } from "@/lib/access/campaign-scope";

type Tx = Prisma.TransactionClient;

/** What a collège writes in a need: the request itself, before any opinion or decision. */
export const needRequestSelect = {
  category: true,
  quantity: true,
  unitCostCents: true,
  justification: true,
  projetEtablissement: true,
  priority: true,
} as const satisfies Prisma.NeedRequestSelect;

/** What a campaign announces to the collèges: its title, exercice, dates, envelope and categories. */
export const campaignTermsSelect = {
  title: true,
  exercice: true,
  opensOn: true,
  closesOn: true,
  envelopeCents: true,
  categories: true,
} as const satisfies Prisma.NeedsCampaignSelect;

export const lockedCampaignSelect = {
  id: true,
  collectiviteId: true,
  ...campaignTermsSelect,
  status: true,
  description: true,
  budgetLineId: true,
  updatedAt: true,
} as const satisfies Prisma.NeedsCampaignSelect;

export type LockedCampaign = Prisma.NeedsCampaignGetPayload<{
  select: typeof lockedCampaignSelect;
}>;

/**
 * Loads a campaign of the context's scope inside `tx` and locks its row until the transaction
 * ends, so decisions, submissions and closes on one campaign are served one after the other (two
 * agents deciding at once cannot both pass the envelope check). A foreign or unknown id is
 * NOT_FOUND.
 */
export function lockCampaign(
  tx: Tx,
  ctx: AccessContext,
  campaignId: string,
): Promise<LockedCampaign> {
  return lockCampaignWhere(tx, campaignScopeWhere(ctx), campaignId);
}

/**
 * The same lock for the scheduled deadline reminders, which run without an access context: the
 * caller names the collectivité that must own the campaign.
 */
export function unsafeLockCollectiviteCampaign(
  tx: Tx,
  collectiviteId: string,
  campaignId: string,
): Promise<LockedCampaign> {
  return lockCampaignWhere(tx, { collectiviteId }, campaignId);
}

async function lockCampaignWhere(
  tx: Tx,
  scope: Prisma.NeedsCampaignWhereInput,
  campaignId: string,
): Promise<LockedCampaign> {
  const visible = await tx.needsCampaign.findFirst({
    where: { AND: [{ id: campaignId }, scope] },
    select: { id: true },
  });
  if (!visible) throw new AppError("NOT_FOUND", CAMPAIGN_NOT_FOUND);
  await tx.$executeRaw`SELECT 1 FROM "NeedsCampaign" WHERE "id" = ${visible.id} FOR UPDATE`;
  return tx.needsCampaign.findUniqueOrThrow({
    where: { id: visible.id },
    select: lockedCampaignSelect,
  });
}

export const CAMPAIGN_NOT_FOUND = "Cette campagne n'existe pas, ou vous n'y avez pas accès.";
export const NEED_NOT_FOUND = "Ce besoin n'existe pas, ou vous n'y avez pas accès.";
