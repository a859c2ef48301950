import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BudgetCategory, BudgetSection } from "@/lib/generated/prisma/enums";
import type { AccessContext } from "@/lib/access/context";
import { effectifJoin } from "@/lib/inventory/scope";
import { currentParisYear } from "@/lib/dates";
import { exerciceChoices } from "@/lib/budgets/exercices";
import {
  eurosPerPupil,
  figuresOfSums,
  PER_PUPIL_RANGE,
  rangePositionOf,
} from "@/lib/budgets/figures";
import { BUDGET_CATEGORIES, BUDGET_SECTIONS } from "@/lib/budgets/labels";
import { exerciceQuerySchema } from "@/lib/budgets/schemas";
import { requireCollectivite } from "@/lib/access/require-scope";

const SUMS = { bpCents: true, dmCents: true, engagedCents: true, mandatedCents: true } as const;

interface PupilRow {
  colleges: number;
  withPupils: number;
  pupils: number;
  rentree: number | null;
}

/** The statement of pupilsOf (the benchmark's bare-SQL floor runs it too). */
export function pupilsSql(collectiviteId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int AS "colleges", count(ef."etablissementId")::int AS "withPupils",
      coalesce(sum(ef."total"), 0)::int AS "pupils", max(ef."rentree")::int AS "rentree"
    FROM "Etablissement" e
    ${effectifJoin("ef", Prisma.sql`e."id"`)}
    WHERE e."collectiviteId" = ${collectiviteId} AND e."secteur" = 'PUBLIC' AND e."etat" = 'OUVERT'`;
}

/** Pupils of the collectivité's open public collèges, each at its latest known rentrée. */
async function pupilsOf(collectiviteId: string): Promise<PupilRow> {
  const [row] = await db.$queryRaw<PupilRow[]>(pupilsSql(collectiviteId));
  return row ?? { colleges: 0, withPupils: 0, pupils: 0, rentree: null };
}

/**
 * The synthesis of one exercice (URL `exercice`, default the current year): voted, engaged and
 * mandated by section, chapter and category with execution rates, € per pupil against the
 * field's range, and the evolution over every exercice. Every sum is a GROUP BY in the database.
 */
export async function getBudgetSummary(ctx: AccessContext, input: unknown, now: Date = new Date()) {
  const scope = requireCollectivite(ctx, "budget.read");
  const current = currentParisYear(now);
  const exercice = exerciceQuerySchema.parse(input ?? {}).exercice ?? current;
  const where: Prisma.BudgetLineWhereInput = { collectiviteId: scope.id, exercice };
  const [total, sections, chapitres, categories, years, pupils] = await Promise.all([
    db.budgetLine.aggregate({ where, _sum: SUMS, _count: { _all: true } }),
    db.budgetLine.groupBy({ by: ["section"], where, _sum: SUMS }),
    db.budgetLine.groupBy({
      by: ["section", "chapitre"],
      where,
      _sum: SUMS,
      orderBy: [{ section: "asc" }, { chapitre: "asc" }],
    }),
    db.budgetLine.groupBy({ by: ["category"], where, _sum: SUMS }),
    db.budgetLine.groupBy({
      by: ["exercice"],
      where: { collectiviteId: scope.id },
      _sum: SUMS,
      orderBy: { exercice: "asc" },
    }),
    pupilsOf(scope.id),
  ]);
  const totals = figuresOfSums(total._sum);
  const perPupil = eurosPerPupil(totals.voted, pupils.pupils);
  const sectionOrder = (s: BudgetSection) => BUDGET_SECTIONS.indexOf(s);
  const categoryOrder = (c: BudgetCategory) => BUDGET_CATEGORIES.indexOf(c);
  return {
    exercice,
    exercices: exerciceChoices(
      years.map((y) => y.exercice),
      current,
      exercice,
    ),
    lineCount: total._count._all,
    totals,
    bySection: sections
      .sort((a, b) => sectionOrder(a.section) - sectionOrder(b.section))
      .map((g) => ({ section: g.section, ...figuresOfSums(g._sum) })),
    byChapitre: chapitres.map((g) => ({
      section: g.section,
      chapitre: g.chapitre,
      ...figuresOfSums(g._sum),
    })),
    byCategory: categories
      .sort((a, b) => categoryOrder(a.category) - categoryOrder(b.category))
      .map((g) => ({ category: g.category, ...figuresOfSums(g._sum) })),
    perPupil: {
      ...pupils,
      eurosPerPupil: perPupil,
      range: PER_PUPIL_RANGE,
      position: perPupil === null ? null : rangePositionOf(perPupil),
    },
    evolution: years.map((g) => ({ exercice: g.exercice, ...figuresOfSums(g._sum) })),
  };
}

export type BudgetSummary = Awaited<ReturnType<typeof getBudgetSummary>>;
