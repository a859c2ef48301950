import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { todayInParis } from "@/lib/dates";
import { campaignPhase, type CampaignPhase } from "@/lib/campaigns/rules";
import { collectiviteOf } from "@/lib/dashboards/collectivite-of";
import { openCampaignsSql } from "@/lib/dashboards/collectivite-sql";

export interface OpenCampaign {
  id: string;
  title: string;
  exercice: number;
  opensOn: Date;
  closesOn: Date;
  phase: CampaignPhase;
  envelopeCents: bigint;
  needs: number;
  /** Collèges that submitted at least one need, out of the open public collèges. */
  colleges: number;
  collegesTotal: number;
  opinions: number;
  decided: number;
  requestedCents: bigint;
  acceptedCents: bigint;
}

/** Campaigns opened and not yet arbitrated (upcoming, open, being arbitrated), with their needs summed in SQL. */
export async function getOpenCampaigns(
  ctx: AccessContext,
  now: Date = new Date(),
): Promise<OpenCampaign[]> {
  const scope = collectiviteOf(ctx);
  assertCan(ctx, "campaign.read");
  const today = todayInParis(now);
  const rows = await db.$queryRaw<(Omit<OpenCampaign, "phase"> & { status: "OUVERTE" })[]>(
    openCampaignsSql(scope.id),
  );
  return rows.map(({ status, ...c }) => ({
    ...c,
    envelopeCents: BigInt(c.envelopeCents),
    requestedCents: BigInt(c.requestedCents),
    acceptedCents: BigInt(c.acceptedCents),
    phase: campaignPhase({ status, opensOn: c.opensOn, closesOn: c.closesOn }, today),
  }));
}
