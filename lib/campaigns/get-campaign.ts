import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EquipmentCategory, NeedOpinion, NeedStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { todayInParis } from "@/lib/dates";
import { loadReferential } from "@/lib/inventory/referential";
import { CAMPAIGN_NOT_FOUND, campaignTermsSelect, needRequestSelect } from "@/lib/campaigns/access";
import { seesDecisions, seesOpinions } from "@/lib/campaigns/scope";
import { campaignScopeWhere, needScopeWhere } from "@/lib/access/campaign-scope";
import { campaignPhase, needTotals, type CampaignPhase } from "@/lib/campaigns/rules";
import { needListQuerySchema, NEEDS_PAGE_SIZE, type NeedListQuery } from "@/lib/campaigns/schemas";
import { pageCountOf } from "@/lib/pagination";

const campaignSelect = {
  id: true,
  ...campaignTermsSelect,
  description: true,
  status: true,
  openedAt: true,
  arbitratedAt: true,
  budgetLineId: true,
  collectiviteId: true,
  updatedAt: true,
  collectivite: { select: { name: true, code: true } },
} as const satisfies Prisma.NeedsCampaignSelect;

export interface CampaignDetail {
  campaign: Prisma.NeedsCampaignGetPayload<{ select: typeof campaignSelect }>;
  phase: CampaignPhase;
  today: Date;
  /** Over the needs the context sees; accepted and decided only where it sees decisions. */
  totals: {
    needs: number;
    colleges: number;
    opinions: number;
    decided: number | null;
    requestedCents: bigint;
    acceptedCents: bigint | null;
  };
  /** The collectivité's own view: the budget line the campaign feeds, with its voted amount (BP + DM). */
  budgetLine: { label: string; chapitre: string; nature: string; votedCents: bigint } | null;
  /** The collèges with needs, for the filter. */
  colleges: { uai: string; name: string }[];
  seesDecisions: boolean;
  seesOpinions: boolean;
  /** The référentiel's current unit cost of each category the campaign covers (what a new need is priced at). */
  unitCosts: { category: EquipmentCategory; unitCostCents: number }[];
}

/** One campaign of the context's space; a foreign, unknown or (for others than its collectivité) draft campaign is NOT_FOUND. */
export async function getCampaign(
  ctx: AccessContext,
  campaignId: string,
  now = new Date(),
): Promise<CampaignDetail> {
  assertCan(ctx, "campaign.read");
  const campaign = await db.needsCampaign.findFirst({
    where: { AND: [{ id: campaignId.slice(0, 40) }, campaignScopeWhere(ctx)] },
    select: campaignSelect,
  });
  if (!campaign) throw new AppError("NOT_FOUND", CAMPAIGN_NOT_FOUND);
  const today = todayInParis(now);
  const decisions = seesDecisions(ctx, campaign.status);
  const [needs, line, referential] = await Promise.all([
    db.needRequest.findMany({
      where: { AND: [needScopeWhere(ctx), { campaignId: campaign.id }] },
      select: {
        quantity: true,
        unitCostCents: true,
        status: true,
        acceptedCents: true,
        opinion: true,
        etablissement: { select: { uai: true, name: true } },
      },
    }),
    ctx.scope.type === "COLLECTIVITE" && campaign.budgetLineId
      ? db.budgetLine.findFirst({
          where: { id: campaign.budgetLineId, collectiviteId: ctx.scope.id },
          select: { label: true, chapitre: true, nature: true, bpCents: true, dmCents: true },
        })
      : null,
    loadReferential(db, campaign.collectiviteId),
  ]);
  const amounts = needTotals(needs);
  const colleges = new Map(needs.map((n) => [n.etablissement.uai, n.etablissement.name]));
  return {
    campaign,
    phase: campaignPhase(campaign, today),
    today,
    totals: {
      needs: needs.length,
      colleges: colleges.size,
      opinions: needs.filter((n) => n.opinion).length,
      decided: decisions ? needs.filter((n) => n.status !== "SOUMIS").length : null,
      requestedCents: amounts.requestedCents,
      acceptedCents: decisions ? amounts.acceptedCents : null,
    },
    budgetLine: line
      ? {
          label: line.label,
          chapitre: line.chapitre,
          nature: line.nature,
          votedCents: line.bpCents + line.dmCents,
        }
      : null,
    colleges: [...colleges]
      .map(([uai, name]) => ({ uai, name }))
      .sort((a, b) => a.name.localeCompare(b.name, "fr")),
    seesDecisions: decisions,
    seesOpinions: seesOpinions(ctx, campaign.status),
    unitCosts: campaign.categories.map((category) => ({
      category,
      unitCostCents: referential.rules[category].unitCostCents,
    })),
  };
}

export interface NeedItem {
  id: string;
  etablissement: { uai: string; name: string; communeName: string };
  category: EquipmentCategory;
  quantity: number;
  unitCostCents: bigint;
  justification: string;
  projetEtablissement: string;
  priority: number;
  submittedAt: Date;
  opinion: NeedOpinion | null;
  opinionComment: string | null;
  status: NeedStatus;
  acceptedQuantity: number | null;
  acceptedCents: bigint | null;
  decisionReason: string | null;
  deliveredAt: Date | null;
}

const needSelect = {
  id: true,
  ...needRequestSelect,
  submittedAt: true,
  opinion: true,
  opinionComment: true,
  status: true,
  acceptedQuantity: true,
  acceptedCents: true,
  decisionReason: true,
  deliveredAt: true,
  etablissement: { select: { uai: true, name: true, communeName: true } },
} as const satisfies Prisma.NeedRequestSelect;

const ORDER: Record<
  NeedListQuery["sort"],
  (dir: "asc" | "desc") => Prisma.NeedRequestOrderByWithRelationInput[]
> = {
  college: (dir) => [{ etablissement: { name: dir } }, { priority: "asc" }, { submittedAt: "asc" }],
  priorite: (dir) => [
    { priority: dir },
    { etablissement: { name: "asc" } },
    { submittedAt: "asc" },
  ],
  categorie: (dir) => [{ category: dir }, { etablissement: { name: "asc" } }, { priority: "asc" }],
  depot: (dir) => [{ submittedAt: dir }, { id: "asc" }],
};

function filtersWhere(
  ctx: AccessContext,
  campaign: { id: string; status: string },
  query: NeedListQuery,
): Prisma.NeedRequestWhereInput {
  const and: Prisma.NeedRequestWhereInput[] = [needScopeWhere(ctx), { campaignId: campaign.id }];
  if (query.uai) and.push({ etablissement: { uai: query.uai } });
  if (query.category) and.push({ category: query.category });
  // Filters on what the context may not see yet are ignored rather than leaking through counts.
  if (query.status && seesDecisions(ctx, campaign.status)) and.push({ status: query.status });
  if (query.opinion && seesOpinions(ctx, campaign.status))
    and.push({ opinion: query.opinion === "SANS" ? null : query.opinion });
  return { AND: and };
}

/** Hides the decision (and for a collège the opinion) the context may not see yet. */
function masked(ctx: AccessContext, campaignStatus: string, need: NeedItem): NeedItem {
  let item = need;
  if (!seesDecisions(ctx, campaignStatus))
    item = {
      ...item,
      status: "SOUMIS",
      acceptedQuantity: null,
      acceptedCents: null,
      decisionReason: null,
    };
  if (!seesOpinions(ctx, campaignStatus)) item = { ...item, opinion: null, opinionComment: null };
  return item;
}

/** The needs of a campaign the context sees, filtered, sorted and paginated (input: URL params). */
export async function listNeeds(
  ctx: AccessContext,
  campaign: { id: string; status: string },
  input: unknown,
) {
  assertCan(ctx, "campaign.read");
  const query = needListQuerySchema.parse(input);
  const where = filtersWhere(ctx, campaign, query);
  const [items, total] = await Promise.all([
    db.needRequest.findMany({
      where,
      select: needSelect,
      orderBy: ORDER[query.sort](query.dir),
      skip: (query.page - 1) * NEEDS_PAGE_SIZE,
      take: NEEDS_PAGE_SIZE,
    }),
    db.needRequest.count({ where }),
  ]);
  return {
    items: items.map((n) => masked(ctx, campaign.status, n)),
    total,
    query,
    pageCount: pageCountOf(total, NEEDS_PAGE_SIZE),
  };
}

/** Every need the filters keep, for the export (same visibility as the list). */
export async function listAllNeeds(
  ctx: AccessContext,
  campaign: { id: string; status: string },
  input: unknown,
): Promise<NeedItem[]> {
  assertCan(ctx, "campaign.read");
  const query = needListQuerySchema.parse(input);
  const rows = await db.needRequest.findMany({
    where: filtersWhere(ctx, campaign, query),
    select: needSelect,
    orderBy: ORDER[query.sort](query.dir),
    take: 50_000,
  });
  return rows.map((n) => masked(ctx, campaign.status, n));
}
