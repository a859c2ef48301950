import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AllocationKind } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { allocationScopeWhere, assertAllocationReader } from "@/lib/access/allocation-scope";
import { dotationsQuerySchema } from "@/lib/budgets/allocation-schemas";
import { currentParisYear } from "@/lib/dates";
import { requireCollectivite } from "@/lib/access/require-scope";
import { pageCountOf } from "@/lib/pagination";

/** What an allocation says, whoever reads it (the collectivité's list, the collège's own). */
export const allocationFieldsSelect = {
  id: true,
  exercice: true,
  kind: true,
  label: true,
  amountCents: true,
  createdAt: true,
} as const satisfies Prisma.AllocationSelect;

const allocationSelect = {
  ...allocationFieldsSelect,
  etablissement: { select: { uai: true, name: true, communeName: true } },
  budgetLine: { select: { id: true, chapitre: true, nature: true, label: true } },
} as const;

type AllocationRow = Prisma.AllocationGetPayload<{ select: typeof allocationSelect }>;

export interface AllocationItem {
  id: string;
  exercice: number;
  kind: AllocationKind;
  label: string;
  amountCents: bigint;
  createdAt: Date;
  etablissement: { uai: string; name: string; communeName: string };
  /** The collectivité sees its line; a collège only the M57 imputation (chapter and nature). */
  budgetLine: { id: string | null; chapitre: string; nature: string; label: string | null } | null;
}

function toItem(ctx: AccessContext, row: AllocationRow): AllocationItem {
  const line = row.budgetLine;
  const ownLine = ctx.scope.type === "COLLECTIVITE";
  return {
    ...row,
    budgetLine: line
      ? {
          id: ownLine ? line.id : null,
          chapitre: line.chapitre,
          nature: line.nature,
          label: ownLine ? line.label : null,
        }
      : null,
  };
}

const EXPORT_MAX_ROWS = 20_000;

/**
 * The allocations of the context's perimeter for one exercice, optionally of one collège (the
 * URL's `college`), by collège then kind; one page (`apage`), or every row for an export (`all`).
 */
export async function listAllocations(
  ctx: AccessContext,
  input: unknown,
  options: { all?: boolean } = {},
) {
  assertAllocationReader(ctx);
  const query = dotationsQuerySchema(currentParisYear()).parse(input ?? {});
  const and: Prisma.AllocationWhereInput[] = [
    allocationScopeWhere(ctx),
    { exercice: query.exercice },
  ];
  if (query.college) and.push({ etablissement: { uai: query.college } });
  const where: Prisma.AllocationWhereInput = { AND: and };
  const skip = options.all ? 0 : (query.apage - 1) * query.apageSize;
  const take: number = options.all ? EXPORT_MAX_ROWS : query.apageSize;
  const [rows, total] = await Promise.all([
    db.allocation.findMany({
      where,
      select: allocationSelect,
      orderBy: [
        { etablissement: { name: "asc" } },
        { etablissement: { uai: "asc" } },
        { kind: "asc" },
        { createdAt: "asc" },
        { id: "asc" },
      ],
      skip,
      take,
    }),
    db.allocation.count({ where }),
  ]);
  return {
    items: rows.map((row) => toItem(ctx, row)),
    total,
    query,
    pageCount: pageCountOf(total, query.apageSize),
  };
}

export type AllocationList = Awaited<ReturnType<typeof listAllocations>>;

/** One allocation of the context's perimeter; NOT_FOUND for any other, whoever made it. */
export async function getAllocation(ctx: AccessContext, id: string): Promise<AllocationItem> {
  assertAllocationReader(ctx);
  const row = await db.allocation.findFirst({
    where: { AND: [{ id }, allocationScopeWhere(ctx)] },
    select: allocationSelect,
  });
  if (!row) throw new AppError("NOT_FOUND");
  return toItem(ctx, row);
}

/**
 * What the allocation forms offer: the collectivité's open public collèges and its budget lines of
 * the exercice (the only lines an allocation of that exercice may be imputed to).
 */
export async function allocationFormOptions(ctx: AccessContext, exercice: number) {
  const collectivite = requireCollectivite(ctx, "budget.write");
  const [colleges, budgetLines] = await Promise.all([
    db.etablissement.findMany({
      where: { collectiviteId: collectivite.id, secteur: "PUBLIC", etat: "OUVERT" },
      select: { uai: true, name: true, communeName: true },
      orderBy: [{ name: "asc" }, { uai: "asc" }],
    }),
    db.budgetLine.findMany({
      where: { collectiviteId: collectivite.id, exercice },
      select: { id: true, chapitre: true, nature: true, label: true },
      orderBy: [{ chapitre: "asc" }, { nature: "asc" }, { label: "asc" }],
    }),
  ]);
  return { colleges, budgetLines };
}

/** The collèges of a collectivité for the page's collège filter (open public ones, and any that received something). */
export async function allocationCollegeFilterOptions(ctx: AccessContext, exercice: number) {
  const collectivite = requireCollectivite(ctx, "allocation.read");
  return db.etablissement.findMany({
    where: {
      collectiviteId: collectivite.id,
      OR: [
        { secteur: "PUBLIC", etat: "OUVERT" },
        { allocations: { some: { collectiviteId: collectivite.id, exercice } } },
      ],
    },
    select: { uai: true, name: true, communeName: true },
    orderBy: [{ name: "asc" }, { uai: "asc" }],
  });
}
