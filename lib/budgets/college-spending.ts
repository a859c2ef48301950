import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";
import { assertAllocationReader } from "@/lib/access/allocation-scope";
import { collegeRowsSql, type CollegeRowSql } from "@/lib/budgets/allocations-per-pupil";
import { requireCollectivite } from "@/lib/access/require-scope";

/**
 * What one exercice's digital budget costs per pupil in each collège, to set against the field's
 * 75–125 € range (which is a whole-budget figure, not an allocations one). An estimate in three
 * parts, each from the database:
 * - the collège's own allocations of the exercice;
 * - the purchase cost of its equipment acquired during the exercice (calendar year), as inventoried;
 * - a share, in proportion to its pupils, of the rest of the voted credits (maintenance, network,
 *   ENT, training…), which no line assigns to a collège: voted minus the two parts above, never
 *   below zero.
 * Summed over the collèges with a known effectif, the three parts give back the voted total.
 */
export interface CollegeSpending {
  etablissementId: string;
  uai: string;
  name: string;
  communeName: string;
  /** Latest known pupils; null when unknown (then no share and no €/élève). */
  pupils: number | null;
  allocationsCents: bigint;
  equipmentCents: bigint;
  /** Inventoried items acquired in the exercice with a purchase cost. */
  equipmentItems: number;
  sharedCents: bigint;
  totalCents: bigint;
  perPupilCents: bigint | null;
}

export interface SpendingTotals {
  colleges: number;
  collegesAvecEffectif: number;
  eleves: number;
  votedCents: bigint;
  allocationsCents: bigint;
  equipmentCents: bigint;
  /** Voted credits left once allocations and acquisitions are counted, shared out by pupils. */
  poolCents: bigint;
  /** Allocations and acquisitions exceed the voted credits (the pool is then zero). */
  overVoted: boolean;
  /** Allocations of the collèges with a known effectif over their pupils. */
  allocationsPerPupilCents: bigint | null;
  /** Everything counted for the collèges with a known effectif, over their pupils. */
  perPupilCents: bigint | null;
}

interface RowSql extends CollegeRowSql {
  allocations: bigint;
  equipment: bigint;
  items: number;
  shared: bigint;
  total: bigint;
  per_pupil_cents: bigint | null;
}

interface TotalsSql {
  colleges: number;
  colleges_avec_effectif: number;
  eleves: number;
  voted: bigint;
  allocations: bigint;
  equipment: bigint;
  pool: bigint;
  over_voted: boolean;
  allocations_per_pupil: bigint | null;
  per_pupil: bigint | null;
}

/** The collèges' rows with their acquisitions, the voted total and the pool shared by pupils. */
function spendingSql(ctx: AccessContext, collectiviteId: string, exercice: number): Prisma.Sql {
  return Prisma.sql`${collegeRowsSql(ctx, exercice)},
    bought AS (
      SELECT q."etablissementId" AS id, count(*)::int AS items, sum(q."purchaseCostCents")::bigint AS cost
      FROM "Equipment" q
      WHERE q."collectiviteId" = ${collectiviteId} AND q."purchaseCostCents" IS NOT NULL
        AND q."acquiredOn" >= make_date(${exercice}::int, 1, 1) AND q."acquiredOn" < make_date(${exercice}::int + 1, 1, 1)
      GROUP BY q."etablissementId"
    ),
    base AS (
      SELECT r."id", r."uai", r."name", r.commune_name, r.eleves, r.total AS allocations,
        coalesce(b.cost, 0)::bigint AS equipment, coalesce(b.items, 0)::int AS items
      FROM rows r LEFT JOIN bought b ON b.id = r."id"
    ),
    voted AS (
      SELECT coalesce(sum(l."bpCents" + l."dmCents"), 0)::bigint AS voted
      FROM "BudgetLine" l WHERE l."collectiviteId" = ${collectiviteId} AND l."exercice" = ${exercice}::int
    ),
    pool AS (
      SELECT v.voted, (v.voted - coalesce(sum(b.allocations + b.equipment), 0))::bigint AS rest,
        nullif(sum(b.eleves) FILTER (WHERE b.eleves > 0), 0) AS pupils
      FROM voted v LEFT JOIN base b ON TRUE GROUP BY v.voted
    ),
    spending AS (
      SELECT b.*, CASE WHEN b.eleves > 0 THEN round(greatest(p.rest, 0)::numeric * b.eleves / p.pupils)::bigint ELSE 0::bigint END AS shared
      FROM base b CROSS JOIN pool p
    )`;
}

/**
 * Every collège of the context's collectivité with its estimated digital spending per pupil for
 * one exercice, most spent first, and the totals. For the collectivité's readers of allocations.
 */
export async function collegeSpendingOf(
  ctx: AccessContext,
  exercice: number,
): Promise<{ items: CollegeSpending[]; totals: SpendingTotals }> {
  const scope = requireCollectivite(ctx, "budget.read");
  assertAllocationReader(ctx);
  const sql = spendingSql(ctx, scope.id, exercice);
  const [rows, [totals]] = await Promise.all([
    db.$queryRaw<RowSql[]>`${sql}
      SELECT s."id", s."uai", s."name", s.commune_name, s.eleves, s.allocations, s.equipment, s.items, s.shared,
        (s.allocations + s.equipment + s.shared)::bigint AS total,
        CASE WHEN s.eleves > 0 THEN round((s.allocations + s.equipment + s.shared)::numeric / s.eleves)::bigint END AS per_pupil_cents
      FROM spending s
      ORDER BY per_pupil_cents DESC NULLS LAST, s."name", s."uai"`,
    db.$queryRaw<TotalsSql[]>`${sql}
      SELECT count(*)::int AS colleges, (count(*) FILTER (WHERE s.eleves > 0))::int AS colleges_avec_effectif,
        coalesce(sum(s.eleves) FILTER (WHERE s.eleves > 0), 0)::int AS eleves,
        (SELECT voted FROM voted) AS voted,
        coalesce(sum(s.allocations), 0)::bigint AS allocations, coalesce(sum(s.equipment), 0)::bigint AS equipment,
        (SELECT greatest(rest, 0) FROM pool)::bigint AS pool, coalesce((SELECT rest < 0 FROM pool), FALSE) AS over_voted,
        round(sum(s.allocations) FILTER (WHERE s.eleves > 0)::numeric / nullif(sum(s.eleves) FILTER (WHERE s.eleves > 0), 0))::bigint AS allocations_per_pupil,
        round(sum(s.allocations + s.equipment + s.shared) FILTER (WHERE s.eleves > 0)::numeric / nullif(sum(s.eleves) FILTER (WHERE s.eleves > 0), 0))::bigint AS per_pupil
      FROM spending s`,
  ]);
  const nullable = (v: bigint | null) => (v === null ? null : BigInt(v));
  return {
    items: rows.map((r) => ({
      etablissementId: r.id,
      uai: r.uai,
      name: r.name,
      communeName: r.commune_name,
      pupils: r.eleves === null ? null : Number(r.eleves),
      allocationsCents: BigInt(r.allocations),
      equipmentCents: BigInt(r.equipment),
      equipmentItems: Number(r.items),
      sharedCents: BigInt(r.shared),
      totalCents: BigInt(r.total),
      perPupilCents: nullable(r.per_pupil_cents),
    })),
    totals: {
      colleges: Number(totals!.colleges),
      collegesAvecEffectif: Number(totals!.colleges_avec_effectif),
      eleves: Number(totals!.eleves),
      votedCents: BigInt(totals!.voted),
      allocationsCents: BigInt(totals!.allocations),
      equipmentCents: BigInt(totals!.equipment),
      poolCents: BigInt(totals!.pool),
      overVoted: Boolean(totals!.over_voted),
      allocationsPerPupilCents: nullable(totals!.allocations_per_pupil),
      perPupilCents: nullable(totals!.per_pupil),
    },
  };
}

export type CollegeSpendingView = Awaited<ReturnType<typeof collegeSpendingOf>>;
