import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AllocationKind } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { effectifJoin } from "@/lib/inventory/scope";
import { etablissementScopeSql } from "@/lib/access/scope-sql";
import { allocationScopeSql, allocationScopeWhere } from "@/lib/access/allocation-scope";
import {
  dotationsQuerySchema,
  type AllocationSort,
  type DotationsQuery,
} from "@/lib/budgets/allocation-schemas";
import { currentParisYear } from "@/lib/dates";
import { requireCollectivite, requireEtablissement } from "@/lib/access/require-scope";
import { allocationFieldsSelect } from "@/lib/budgets/list-allocations";
import { pageCountOf } from "@/lib/pagination";

export type AmountsByKind = Record<AllocationKind, bigint>;

export interface CollegeAllocations {
  etablissementId: string;
  uai: string;
  name: string;
  communeName: string;
  /** Latest known pupils (any rentrée) and where the figure comes from. */
  effectif: { rentree: number; total: number; source: string } | null;
  allocations: number;
  totalCents: bigint;
  byKind: AmountsByKind;
  /** Total over pupils, rounded to the cent; null without a known effectif. */
  perPupilCents: bigint | null;
}

export interface AllocationTotals {
  colleges: number;
  /** Collèges whose effectif is known: the €/élève sums their allocations over their pupils. */
  collegesAvecEffectif: number;
  eleves: number;
  totalCents: bigint;
  byKind: AmountsByKind;
  perPupilCents: bigint | null;
}

/** The collège columns of a row of collegeRowsSql, as PostgreSQL names them. */
export interface CollegeRowSql {
  id: string;
  uai: string;
  name: string;
  commune_name: string;
  eleves: number | null;
}

interface RowSql extends CollegeRowSql {
  rentree: number | null;
  source: string | null;
  allocations: number;
  total: bigint;
  fonctionnement: bigint;
  equipement: bigint;
  subvention: bigint;
  per_pupil_cents: bigint | null;
}

interface TotalsSql {
  colleges: number;
  colleges_avec_effectif: number;
  eleves: number;
  total: bigint;
  fonctionnement: bigint;
  equipement: bigint;
  subvention: bigint;
  per_pupil_cents: bigint | null;
}

/**
 * Per collège of the context's perimeter, its allocations of one exercice summed by kind in SQL
 * (one GROUP BY) with its latest effectif: the open public collèges, and any other collège that
 * received something that year. The scope is in both the allocations' and the collèges' filter.
 */
export function collegeRowsSql(ctx: AccessContext, exercice: number): Prisma.Sql {
  // A collège's own space shows its row even when it is private or closed.
  const ownCollege = ctx.scope.type === "ETABLISSEMENT" ? Prisma.sql`TRUE` : Prisma.sql`FALSE`;
  return Prisma.sql`
    WITH sums AS (
      SELECT a."etablissementId" AS id, count(*)::int AS allocations,
        coalesce(sum(a."amountCents"), 0)::bigint AS total,
        coalesce(sum(a."amountCents") FILTER (WHERE a."kind" = 'DOTATION_FONCTIONNEMENT'), 0)::bigint AS fonctionnement,
        coalesce(sum(a."amountCents") FILTER (WHERE a."kind" = 'EQUIPEMENT'), 0)::bigint AS equipement,
        coalesce(sum(a."amountCents") FILTER (WHERE a."kind" = 'SUBVENTION'), 0)::bigint AS subvention
      FROM "Allocation" a
      WHERE ${allocationScopeSql(ctx, "a")} AND a."exercice" = ${exercice}::int
      GROUP BY a."etablissementId"
    ),
    rows AS (
      SELECT e."id", e."uai", e."name", e."communeName" AS commune_name, f."rentree", f."total" AS eleves, f."source",
        coalesce(s.allocations, 0)::int AS allocations, coalesce(s.total, 0)::bigint AS total,
        coalesce(s.fonctionnement, 0)::bigint AS fonctionnement, coalesce(s.equipement, 0)::bigint AS equipement,
        coalesce(s.subvention, 0)::bigint AS subvention,
        CASE WHEN f."total" > 0 THEN coalesce(s.total, 0)::numeric / f."total" END AS per_pupil
      FROM "Etablissement" e
      LEFT JOIN sums s ON s.id = e."id"
      ${effectifJoin("f", Prisma.sql`e."id"`)}
      WHERE ${etablissementScopeSql(ctx, "e")} AND ((e."secteur" = 'PUBLIC' AND e."etat" = 'OUVERT') OR s.id IS NOT NULL OR ${ownCollege})
    )`;
}

const ORDER: Record<AllocationSort, (dir: Prisma.Sql) => Prisma.Sql> = {
  name: (dir) => Prisma.sql`r."name" ${dir}, r."uai"`,
  eleves: (dir) => Prisma.sql`r.eleves ${dir} NULLS LAST, r."name", r."uai"`,
  total: (dir) => Prisma.sql`r.total ${dir}, r."name", r."uai"`,
  perPupil: (dir) => Prisma.sql`r.per_pupil ${dir} NULLS LAST, r."name", r."uai"`,
};

const byKind = (r: {
  fonctionnement: bigint;
  equipement: bigint;
  subvention: bigint;
}): AmountsByKind => ({
  DOTATION_FONCTIONNEMENT: BigInt(r.fonctionnement),
  EQUIPEMENT: BigInt(r.equipement),
  SUBVENTION: BigInt(r.subvention),
});

function toCollege(r: RowSql): CollegeAllocations {
  return {
    etablissementId: r.id,
    uai: r.uai,
    name: r.name,
    communeName: r.commune_name,
    effectif:
      r.eleves === null || r.rentree === null
        ? null
        : { rentree: r.rentree, total: r.eleves, source: r.source ?? "" },
    allocations: Number(r.allocations),
    totalCents: BigInt(r.total),
    byKind: byKind(r),
    perPupilCents: r.per_pupil_cents === null ? null : BigInt(r.per_pupil_cents),
  };
}

const EXPORT_MAX_ROWS = 5_000;

/**
 * A collectivité's collèges for one exercice: pupils, total allocated, €/élève and split by kind,
 * filtered by collège, sorted and paginated (or every row for an export, `all`); with the totals
 * and the €/élève of the whole collectivité, whatever the filter.
 */
export async function listAllocationsPerCollege(
  ctx: AccessContext,
  input: unknown,
  options: { all?: boolean } = {},
) {
  requireCollectivite(ctx, "allocation.read");
  const query: DotationsQuery = dotationsQuerySchema(currentParisYear()).parse(input ?? {});
  const rows = collegeRowsSql(ctx, query.exercice);
  const filter = query.college ? Prisma.sql`r."uai" = ${query.college}` : Prisma.sql`TRUE`;
  const order = ORDER[query.sort](Prisma.raw(query.dir === "desc" ? "DESC" : "ASC"));
  const page = options.all
    ? Prisma.sql`LIMIT ${EXPORT_MAX_ROWS}::int`
    : Prisma.sql`LIMIT ${query.pageSize}::int OFFSET ${(query.page - 1) * query.pageSize}::int`;
  const [items, [counted], [totals]] = await Promise.all([
    db.$queryRaw<RowSql[]>`${rows}
      SELECT r."id", r."uai", r."name", r.commune_name, r."rentree", r.eleves, r."source", r.allocations, r.total,
        r.fonctionnement, r.equipement, r.subvention, round(r.per_pupil)::bigint AS per_pupil_cents
      FROM rows r WHERE ${filter} ORDER BY ${order} ${page}`,
    db.$queryRaw<
      [{ total: number }]
    >`${rows} SELECT count(*)::int AS total FROM rows r WHERE ${filter}`,
    db.$queryRaw<[TotalsSql]>`${rows}
      SELECT count(*)::int AS colleges, (count(*) FILTER (WHERE r.eleves > 0))::int AS colleges_avec_effectif,
        coalesce(sum(r.eleves) FILTER (WHERE r.eleves > 0), 0)::int AS eleves,
        coalesce(sum(r.total), 0)::bigint AS total, coalesce(sum(r.fonctionnement), 0)::bigint AS fonctionnement,
        coalesce(sum(r.equipement), 0)::bigint AS equipement, coalesce(sum(r.subvention), 0)::bigint AS subvention,
        round(sum(r.total) FILTER (WHERE r.eleves > 0)::numeric / nullif(sum(r.eleves) FILTER (WHERE r.eleves > 0), 0))::bigint AS per_pupil_cents
      FROM rows r`,
  ]);
  const total = Number(counted?.total ?? 0);
  const sums: AllocationTotals = {
    colleges: Number(totals.colleges),
    collegesAvecEffectif: Number(totals.colleges_avec_effectif),
    eleves: Number(totals.eleves),
    totalCents: BigInt(totals.total),
    byKind: byKind(totals),
    perPupilCents: totals.per_pupil_cents === null ? null : BigInt(totals.per_pupil_cents),
  };
  return {
    items: items.map(toCollege),
    total,
    totals: sums,
    query,
    pageCount: pageCountOf(total, query.pageSize),
  };
}

export type AllocationsPerCollege = Awaited<ReturnType<typeof listAllocationsPerCollege>>;

const etablissementAllocationSelect = {
  ...allocationFieldsSelect,
  // A collège sees where the money is imputed (public M57 nomenclature), not the collectivité's line.
  budgetLine: { select: { chapitre: true, nature: true } },
} as const;

/**
 * A collège's own allocations of one exercice, for its chef or gestionnaire: the list, the total,
 * the split by kind and the €/élève. Nothing about any other collège.
 */
export async function getEtablissementAllocations(ctx: AccessContext, input: unknown) {
  requireEtablissement(ctx, "allocation.read");
  const query: DotationsQuery = dotationsQuerySchema(currentParisYear()).parse(input ?? {});
  const [[row], items] = await Promise.all([
    db.$queryRaw<RowSql[]>`${collegeRowsSql(ctx, query.exercice)}
      SELECT r."id", r."uai", r."name", r.commune_name, r."rentree", r.eleves, r."source", r.allocations, r.total,
        r.fonctionnement, r.equipement, r.subvention, round(r.per_pupil)::bigint AS per_pupil_cents
      FROM rows r`,
    db.allocation.findMany({
      where: { AND: [allocationScopeWhere(ctx), { exercice: query.exercice }] },
      select: etablissementAllocationSelect,
      orderBy: [{ kind: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: EXPORT_MAX_ROWS,
    }),
  ]);
  if (!row) throw new AppError("NOT_FOUND");
  return { query, figures: toCollege(row), items };
}

export type EtablissementAllocations = Awaited<ReturnType<typeof getEtablissementAllocations>>;
