import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import type {
  AutorisationKind,
  AutorisationState,
  BudgetFunding,
  CampaignStatus,
} from "@/lib/generated/prisma/enums";
import { todayInParis } from "@/lib/dates";
import { hasDemoBudgets } from "@/lib/budgets/demo-marker";
import { campaignPhase, type CampaignPhase } from "@/lib/campaigns/rules";
import { getBudgetSummary } from "@/lib/budgets/budget-summary";
import { collegeSpendingOf, type CollegeSpendingView } from "@/lib/budgets/college-spending";
import { figuresOfSums, type BudgetFigures } from "@/lib/budgets/figures";
import { BUDGET_FUNDINGS } from "@/lib/budgets/labels";
import { requireCollectivite } from "@/lib/access/require-scope";

const SUMS = { bpCents: true, dmCents: true, engagedCents: true, mandatedCents: true } as const;
/** An élu reads a handful of AP/AE; the cap only bounds a runaway table. */
const MAX_AUTORISATIONS = 50;

export interface FundingShare extends BudgetFigures {
  funding: BudgetFunding;
  /** Share of the exercice's voted credits, 0 to 1; null when nothing is voted. */
  share: number | null;
}

export interface AutorisationSchedule {
  id: string;
  kind: AutorisationKind;
  numero: string;
  label: string;
  state: AutorisationState;
  votedOn: Date;
  amountCents: bigint;
  /** CP planned per exercice against the mandated amounts of the lines carrying the AP/AE. */
  schedule: { exercice: number; plannedCents: bigint; consumedCents: bigint }[];
  cpPlannedCents: bigint;
  cpConsumedCents: bigint;
  /** The envelope minus what has been mandated on it. */
  remainingCents: bigint;
}

export interface CampaignEffect {
  id: string;
  title: string;
  status: CampaignStatus;
  phase: CampaignPhase;
  envelopeCents: bigint;
  /** Sum of the accepted amounts of the needs accepted in full or in part. */
  acceptedCents: bigint;
  acceptedNeeds: number;
  needs: number;
  budgetLine: {
    id: string;
    chapitre: string;
    nature: string;
    label: string;
    votedCents: bigint;
    mandatedCents: bigint;
  } | null;
}

/** Voted and mandated by funding source for one exercice, each with its share of the voted total. */
async function fundingMixOf(collectiviteId: string, exercice: number): Promise<FundingShare[]> {
  const groups = await db.budgetLine.groupBy({
    by: ["funding"],
    where: { collectiviteId, exercice },
    _sum: SUMS,
  });
  const rows = groups.map((g) => ({ funding: g.funding, ...figuresOfSums(g._sum) }));
  const total = rows.reduce((sum, r) => sum + r.voted, 0n);
  return rows
    .sort((a, b) => BUDGET_FUNDINGS.indexOf(a.funding) - BUDGET_FUNDINGS.indexOf(b.funding))
    .map((r) => ({
      ...r,
      share: total > 0n ? Number((r.voted * 10_000n) / total) / 10_000 : null,
    }));
}

/**
 * Every AP/AE of the collectivité with its CP schedule (one row per exercice) against the amounts
 * mandated on the lines that carry it, summed by exercice in the database.
 */
async function autorisationSchedulesOf(collectiviteId: string): Promise<AutorisationSchedule[]> {
  const [autorisations, credits, consumed] = await Promise.all([
    db.autorisation.findMany({
      where: { collectiviteId },
      select: {
        id: true,
        kind: true,
        numero: true,
        label: true,
        state: true,
        votedOn: true,
        amountCents: true,
      },
      orderBy: [{ votedOn: "desc" }, { numero: "asc" }],
      take: MAX_AUTORISATIONS,
    }),
    db.creditPaiement.findMany({
      where: { autorisation: { collectiviteId } },
      select: { autorisationId: true, exercice: true, amountCents: true },
    }),
    db.budgetLine.groupBy({
      by: ["autorisationId", "exercice"],
      where: { collectiviteId, autorisationId: { not: null } },
      _sum: { mandatedCents: true },
    }),
  ]);
  return autorisations.map((ap) => {
    const planned = new Map(
      credits.filter((c) => c.autorisationId === ap.id).map((c) => [c.exercice, c.amountCents]),
    );
    const used = new Map(
      consumed
        .filter((c) => c.autorisationId === ap.id)
        .map((c) => [c.exercice, c._sum.mandatedCents ?? 0n]),
    );
    const years = [...new Set([...planned.keys(), ...used.keys()])].sort((a, b) => a - b);
    const schedule = years.map((exercice) => ({
      exercice,
      plannedCents: planned.get(exercice) ?? 0n,
      consumedCents: used.get(exercice) ?? 0n,
    }));
    const cpPlannedCents = schedule.reduce((sum, s) => sum + s.plannedCents, 0n);
    const cpConsumedCents = schedule.reduce((sum, s) => sum + s.consumedCents, 0n);
    return {
      ...ap,
      schedule,
      cpPlannedCents,
      cpConsumedCents,
      remainingCents: ap.amountCents - cpConsumedCents,
    };
  });
}

/** The needs campaigns of the exercice: envelope, accepted total and the budget line they feed. */
async function campaignEffectsOf(
  collectiviteId: string,
  exercice: number,
  today: Date,
): Promise<CampaignEffect[]> {
  const [campaigns, accepted, counted] = await Promise.all([
    db.needsCampaign.findMany({
      where: { collectiviteId, exercice },
      select: {
        id: true,
        title: true,
        status: true,
        opensOn: true,
        closesOn: true,
        envelopeCents: true,
        budgetLine: {
          select: {
            id: true,
            chapitre: true,
            nature: true,
            label: true,
            bpCents: true,
            dmCents: true,
            mandatedCents: true,
          },
        },
      },
      orderBy: [{ opensOn: "asc" }, { title: "asc" }],
    }),
    db.needRequest.groupBy({
      by: ["campaignId"],
      where: { campaign: { collectiviteId, exercice }, status: { in: ["ACCEPTE", "PARTIEL"] } },
      _sum: { acceptedCents: true },
      _count: { _all: true },
    }),
    db.needRequest.groupBy({
      by: ["campaignId"],
      where: { campaign: { collectiviteId, exercice } },
      _count: { _all: true },
    }),
  ]);
  return campaigns.map((c) => {
    const sums = accepted.find((a) => a.campaignId === c.id);
    const line = c.budgetLine;
    return {
      id: c.id,
      title: c.title,
      status: c.status,
      phase: campaignPhase(c, today),
      envelopeCents: c.envelopeCents,
      acceptedCents: sums?._sum.acceptedCents ?? 0n,
      acceptedNeeds: sums?._count._all ?? 0,
      needs: counted.find((n) => n.campaignId === c.id)?._count._all ?? 0,
      budgetLine: line
        ? {
            id: line.id,
            chapitre: line.chapitre,
            nature: line.nature,
            label: line.label,
            votedCents: line.bpCents + line.dmCents,
            mandatedCents: line.mandatedCents,
          }
        : null,
    };
  });
}

/**
 * The élu view of one exercice (URL `exercice`): the synthesis (chapters, categories, € per pupil,
 * evolution), the funding mix, every AP/AE's CP schedule against consumption, the estimated
 * spending per pupil of each collège (ranked, all of them, see college-spending.ts), and the exercice's needs campaigns with the line they feed.
 * Every figure is an aggregate of the database, within the context's collectivité.
 */
export async function getEluView(ctx: AccessContext, input: unknown, now: Date = new Date()) {
  const scope = requireCollectivite(ctx, "budget.read");
  const summary = await getBudgetSummary(ctx, input, now);
  const { exercice } = summary;
  const [funding, autorisations, spending, campaigns, demo] = await Promise.all([
    fundingMixOf(scope.id, exercice),
    autorisationSchedulesOf(scope.id),
    ctx.permissions.has("allocation.read")
      ? collegeSpendingOf(ctx, exercice)
      : Promise.resolve<CollegeSpendingView | null>(null),
    campaignEffectsOf(scope.id, exercice, todayInParis(now)),
    hasDemoBudgets(db, scope.id),
  ]);
  return {
    ...summary,
    collectivite: { code: scope.code, name: scope.name },
    funding,
    autorisations,
    spending,
    campaigns,
    demo,
  };
}

export type EluView = Awaited<ReturnType<typeof getEluView>>;
