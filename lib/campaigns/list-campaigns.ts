import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import type { CampaignStatus, EquipmentCategory } from "@/lib/generated/prisma/enums";
import { todayInParis } from "@/lib/dates";
import { seesDecisions } from "@/lib/campaigns/scope";
import { campaignScopeWhere, needScopeWhere } from "@/lib/access/campaign-scope";
import { campaignPhase, isAccepted, type CampaignPhase } from "@/lib/campaigns/rules";
import { campaignTermsSelect } from "@/lib/campaigns/access";

export interface CampaignListItem {
  id: string;
  title: string;
  exercice: number;
  opensOn: Date;
  closesOn: Date;
  envelopeCents: bigint;
  categories: EquipmentCategory[];
  status: CampaignStatus;
  phase: CampaignPhase;
  collectivite: string;
  /** Counts over the needs the context sees (a collège its own, an académie its collèges'). */
  needs: number;
  colleges: number;
  opinions: number;
  /** Null while the context may not see decisions yet. */
  decided: number | null;
  acceptedCents: bigint | null;
}

/** The campaigns of the context's space, newest exercice first, with their needs' counts. */
export async function listCampaigns(
  ctx: AccessContext,
  now = new Date(),
): Promise<CampaignListItem[]> {
  assertCan(ctx, "campaign.read");
  const today = todayInParis(now);
  const campaigns = await db.needsCampaign.findMany({
    where: campaignScopeWhere(ctx),
    select: {
      id: true,
      ...campaignTermsSelect,
      status: true,
      collectivite: { select: { name: true } },
    },
    orderBy: [{ exercice: "desc" }, { opensOn: "desc" }, { title: "asc" }],
    take: 200,
  });
  if (campaigns.length === 0) return [];
  const needWhere = {
    AND: [needScopeWhere(ctx), { campaignId: { in: campaigns.map((c) => c.id) } }],
  };
  const [byStatus, byOpinion, byCollege] = await Promise.all([
    db.needRequest.groupBy({
      by: ["campaignId", "status"],
      where: needWhere,
      _count: { _all: true },
      _sum: { acceptedCents: true },
    }),
    db.needRequest.groupBy({
      by: ["campaignId"],
      where: { AND: [needWhere, { opinion: { not: null } }] },
      _count: { _all: true },
    }),
    db.needRequest.groupBy({ by: ["campaignId", "etablissementId"], where: needWhere }),
  ]);
  return campaigns.map((c) => {
    const rows = byStatus.filter((r) => r.campaignId === c.id);
    const decisions = seesDecisions(ctx, c.status);
    return {
      id: c.id,
      title: c.title,
      exercice: c.exercice,
      opensOn: c.opensOn,
      closesOn: c.closesOn,
      envelopeCents: c.envelopeCents,
      categories: c.categories,
      status: c.status,
      phase: campaignPhase(c, today),
      collectivite: c.collectivite.name,
      needs: rows.reduce((n, r) => n + r._count._all, 0),
      colleges: byCollege.filter((r) => r.campaignId === c.id).length,
      opinions: byOpinion.find((r) => r.campaignId === c.id)?._count._all ?? 0,
      decided: decisions
        ? rows.filter((r) => r.status !== "SOUMIS").reduce((n, r) => n + r._count._all, 0)
        : null,
      acceptedCents: decisions
        ? rows
            .filter((r) => isAccepted(r.status))
            .reduce((sum, r) => sum + (r._sum.acceptedCents ?? 0n), 0n)
        : null,
    };
  });
}
