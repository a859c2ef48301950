import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import type { Permission } from "@/lib/access/permissions";

type Tx = Prisma.TransactionClient;

/** The collectivité a manager acts for: the permission, in a collectivité's space. */
export function assertCollectivite(
  ctx: AccessContext,
  permission: Permission,
): { id: string; code: string } {
  assertCan(ctx, permission);
  if (ctx.scope.type !== "COLLECTIVITE") throw new AppError("FORBIDDEN");
  return ctx.scope;
}

export const lockedCampaignSelect = {
  id: true,
  collectiviteId: true,
  title: true,
  exercice: true,
  status: true,
  opensOn: true,
  closesOn: true,
  envelopeCents: true,
  categories: true,
  description: true,
  budgetLineId: true,
  updatedAt: true,
} as const satisfies Prisma.NeedsCampaignSelect;

export type LockedCampaign = Prisma.NeedsCampaignGetPayload<{
  select: typeof lockedCampaignSelect;
}>;

/**
 * Locks a campaign row until the transaction ends and reads it, so decisions, submissions and
 * closes on one campaign are served one after the other (two agents deciding at once cannot both
 * pass the envelope check). The caller has already checked that the context sees it.
 */
export async function lockCampaign(tx: Tx, campaignId: string): Promise<LockedCampaign> {
  await tx.$executeRaw`SELECT 1 FROM "NeedsCampaign" WHERE "id" = ${campaignId} FOR UPDATE`;
  return tx.needsCampaign.findUniqueOrThrow({
    where: { id: campaignId },
    select: lockedCampaignSelect,
  });
}

export const CAMPAIGN_NOT_FOUND = "Cette campagne n'existe pas, ou vous n'y avez pas accès.";
export const NEED_NOT_FOUND = "Ce besoin n'existe pas, ou vous n'y avez pas accès.";
