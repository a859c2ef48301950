import "server-only";
import { db } from "@/lib/db/client";
import type { NeedStatus } from "@/lib/generated/prisma/enums";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { todayInParis } from "@/lib/dates";
import { needScopeWhere } from "@/lib/access/campaign-scope";
import { campaignScopeWhere } from "@/lib/access/campaign-scope";
import { collegeOf } from "@/lib/dashboards/etablissement-college";

export interface OpenCampaign {
  id: string;
  title: string;
  exercice: number;
  closesOn: Date;
  /** Needs this collège has submitted so far. */
  needs: number;
}

export interface CampaignDecisions {
  id: string;
  title: string;
  exercice: number;
  arbitratedAt: Date | null;
  needs: number;
  byStatus: Record<Exclude<NeedStatus, "SOUMIS">, number>;
  acceptedCents: bigint;
}

/** How many arbitrated campaigns the dashboard recalls: the latest ones, the rest are on the campaigns page. */
const DECISION_CAMPAIGNS = 3;

/**
 * The needs campaigns open for submission today, with the collège's needs in each, and the latest
 * arbitrated campaigns where it had needs, with their decisions: one query for the campaigns, one
 * GROUP BY for the needs.
 */
export async function getCollegeCampaigns(
  ctx: AccessContext,
  now = new Date(),
): Promise<{ open: OpenCampaign[]; decisions: CampaignDecisions[] }> {
  collegeOf(ctx);
  assertCan(ctx, "campaign.read");
  const today = todayInParis(now);
  const campaigns = await db.needsCampaign.findMany({
    where: {
      AND: [
        campaignScopeWhere(ctx),
        {
          OR: [
            { status: "OUVERTE", opensOn: { lte: today }, closesOn: { gte: today } },
            { status: "ARBITREE", needs: { some: needScopeWhere(ctx) } },
          ],
        },
      ],
    },
    select: {
      id: true,
      title: true,
      exercice: true,
      closesOn: true,
      status: true,
      arbitratedAt: true,
    },
    orderBy: [{ exercice: "desc" }, { closesOn: "desc" }, { title: "asc" }],
    take: 50,
  });
  const open = campaigns
    .filter((c) => c.status === "OUVERTE")
    .sort((a, b) => a.closesOn.getTime() - b.closesOn.getTime());
  const arbitrated = campaigns.filter((c) => c.status === "ARBITREE").slice(0, DECISION_CAMPAIGNS);
  const ids = [...open, ...arbitrated].map((c) => c.id);
  const groups =
    ids.length === 0
      ? []
      : await db.needRequest.groupBy({
          by: ["campaignId", "status"],
          where: { AND: [needScopeWhere(ctx), { campaignId: { in: ids } }] },
          _count: { _all: true },
          _sum: { acceptedCents: true },
        });
  const count = (campaignId: string, status?: NeedStatus) =>
    groups
      .filter((g) => g.campaignId === campaignId && (!status || g.status === status))
      .reduce((n, g) => n + g._count._all, 0);
  return {
    open: open.map((c) => ({
      id: c.id,
      title: c.title,
      exercice: c.exercice,
      closesOn: c.closesOn,
      needs: count(c.id),
    })),
    decisions: arbitrated.map((c) => ({
      id: c.id,
      title: c.title,
      exercice: c.exercice,
      arbitratedAt: c.arbitratedAt,
      needs: count(c.id),
      byStatus: {
        ACCEPTE: count(c.id, "ACCEPTE"),
        PARTIEL: count(c.id, "PARTIEL"),
        REFUSE: count(c.id, "REFUSE"),
      },
      acceptedCents: groups
        .filter((g) => g.campaignId === c.id && (g.status === "ACCEPTE" || g.status === "PARTIEL"))
        .reduce((sum, g) => sum + (g._sum.acceptedCents ?? 0n), 0n),
    })),
  };
}
