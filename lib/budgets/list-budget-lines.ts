import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";
import { AppError } from "@/lib/errors";
import { currentParisYear } from "@/lib/dates";
import { budgetExercicesOf, exerciceChoices } from "@/lib/budgets/exercices";
import { figuresOf, figuresOfSums } from "@/lib/budgets/figures";
import { listBudgetLinesSchema, type ListBudgetLinesQuery } from "@/lib/budgets/schemas";
import { requireCollectivite } from "@/lib/access/require-scope";
import { pageWindow, pageCountOf } from "@/lib/pagination";

const lineSelect = {
  id: true,
  exercice: true,
  section: true,
  chapitre: true,
  fonction: true,
  nature: true,
  label: true,
  category: true,
  funding: true,
  bpCents: true,
  dmCents: true,
  engagedCents: true,
  mandatedCents: true,
  updatedAt: true,
  autorisation: { select: { id: true, numero: true, kind: true, label: true } },
} as const satisfies Prisma.BudgetLineSelect;

type LineRow = Prisma.BudgetLineGetPayload<{ select: typeof lineSelect }>;

function toItem({ bpCents, dmCents, engagedCents, mandatedCents, ...row }: LineRow) {
  return {
    ...row,
    ...figuresOf({ bp: bpCents, dm: dmCents, engaged: engagedCents, mandated: mandatedCents }),
  };
}

export type BudgetLineItem = ReturnType<typeof toItem>;

function linesWhere(
  collectiviteId: string,
  query: ListBudgetLinesQuery,
): Prisma.BudgetLineWhereInput {
  return {
    collectiviteId,
    exercice: query.exercice,
    ...(query.section ? { section: query.section } : {}),
    ...(query.category ? { category: query.category } : {}),
    ...(query.chapitre ? { chapitre: query.chapitre } : {}),
  };
}

const ORDER: Record<
  ListBudgetLinesQuery["sort"],
  (dir: "asc" | "desc") => Prisma.BudgetLineOrderByWithRelationInput[]
> = {
  chapitre: (dir) => [{ section: "asc" }, { chapitre: dir }, { nature: "asc" }, { label: "asc" }],
  nature: (dir) => [{ nature: dir }, { label: "asc" }],
  label: (dir) => [{ label: dir }],
  category: (dir) => [{ category: dir }, { label: "asc" }],
  bp: (dir) => [{ bpCents: dir }, { label: "asc" }],
  engaged: (dir) => [{ engagedCents: dir }, { label: "asc" }],
  mandated: (dir) => [{ mandatedCents: dir }, { label: "asc" }],
};

function parseQuery(input: unknown, now: Date): ListBudgetLinesQuery {
  const parsed = listBudgetLinesSchema.parse(input ?? {});
  return { ...parsed, exercice: parsed.exercice ?? currentParisYear(now) };
}

/** The budget lines of one exercice (default: the current year), filtered, sorted, paginated, with the totals of the filter. */
export async function listBudgetLines(ctx: AccessContext, input: unknown, now: Date = new Date()) {
  const scope = requireCollectivite(ctx, "budget.read");
  const query = parseQuery(input, now);
  const where = linesWhere(scope.id, query);
  const [rows, total, sums, exercices, chapitres] = await Promise.all([
    db.budgetLine.findMany({
      where,
      select: lineSelect,
      orderBy: ORDER[query.sort](query.dir),
      ...pageWindow(query),
    }),
    db.budgetLine.count({ where }),
    db.budgetLine.aggregate({
      where,
      _sum: { bpCents: true, dmCents: true, engagedCents: true, mandatedCents: true },
    }),
    budgetExercicesOf(scope.id),
    db.budgetLine.groupBy({
      by: ["chapitre"],
      where: { collectiviteId: scope.id, exercice: query.exercice },
      orderBy: { chapitre: "asc" },
    }),
  ]);
  return {
    items: rows.map(toItem),
    total,
    totals: figuresOfSums(sums._sum),
    query,
    pageCount: pageCountOf(total, query.pageSize),
    exercices: exerciceChoices(exercices, currentParisYear(now), query.exercice),
    chapitres: chapitres.map((c) => c.chapitre),
  };
}

export type BudgetLineList = Awaited<ReturnType<typeof listBudgetLines>>;

/** Every line of the filter (no pagination), for an export. */
export async function listAllBudgetLines(
  ctx: AccessContext,
  input: unknown,
  now: Date = new Date(),
) {
  const scope = requireCollectivite(ctx, "budget.read");
  const query = parseQuery(input, now);
  const rows = await db.budgetLine.findMany({
    where: linesWhere(scope.id, query),
    select: lineSelect,
    orderBy: ORDER[query.sort](query.dir),
  });
  return { items: rows.map(toItem), query };
}

/** One line of the collectivité, with what references it (a referenced line cannot be deleted). */
export async function getBudgetLine(ctx: AccessContext, id: string) {
  const scope = requireCollectivite(ctx, "budget.read");
  const row = await db.budgetLine.findFirst({
    where: { id, collectiviteId: scope.id },
    select: { ...lineSelect, _count: { select: { allocations: true, campaigns: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const { _count, ...line } = row;
  return { ...toItem(line), allocationCount: _count.allocations, campaignCount: _count.campaigns };
}

export type BudgetLineDetail = Awaited<ReturnType<typeof getBudgetLine>>;

/** The AP/AE a line may carry, for the form's select. */
export async function budgetLineFormOptions(ctx: AccessContext) {
  const scope = requireCollectivite(ctx, "budget.read");
  const autorisations = await db.autorisation.findMany({
    where: { collectiviteId: scope.id },
    select: { id: true, numero: true, label: true, kind: true },
    orderBy: [{ votedOn: "desc" }, { numero: "asc" }],
  });
  return { autorisations };
}
