import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { AppError } from "@/lib/errors";
import { loadReferentials } from "@/lib/inventory/referential";
import {
  parseRenewalPlanQuery,
  type RenewalPlanQuery,
  type RenewalReason,
} from "@/lib/inventory/renewal-rules";
import { dueSql, ruleOwners, sourceOf } from "@/lib/inventory/renewal-sql";
import { pageCountOf } from "@/lib/pagination";
import type { EquipmentDescription } from "@/lib/inventory/audit-values";

// ─── The detail list ───

export interface RenewalItem extends EquipmentDescription {
  id: string;
  uai: string;
  etablissementName: string;
  plannedRenewalYear: number | null;
  renewalNote: string | null;
  dueYear: number | null;
  reason: RenewalReason | null;
  /** Due before the plan's first year. */
  overdue: boolean;
  unitCostCents: number;
}

type ItemRow = Omit<RenewalItem, "dueYear" | "overdue" | "unitCostCents"> & {
  due: number | null;
  cost: bigint;
};

/** Beyond this many rows an export asks for a narrower filter. */
export const EXPORT_MAX_ROWS = 300_000;

function selectionSql(query: RenewalPlanQuery): Prisma.Sql {
  const first = query.firstYear;
  const last = query.years.at(-1)!;
  switch (query.selection.kind) {
    case "ANNEE":
      return query.selection.year === first
        ? Prisma.sql`d."due" <= ${first}::int`
        : Prisma.sql`d."due" = ${query.selection.year}::int`;
    case "EN_RETARD":
      return Prisma.sql`d."due" < ${first}::int`;
    case "AU_DELA":
      return Prisma.sql`d."due" > ${last}::int`;
    case "NON_PLANIFIABLE":
      return Prisma.sql`d."due" IS NULL`;
  }
}

/**
 * The equipment of one slot of the plan (a year, overdue, beyond the horizon, non planifiable),
 * filtered by collège and category: one page, or every row for an export (`all`).
 */
export async function listRenewalItems(
  ctx: AccessContext,
  input: unknown,
  options: { all?: boolean; now?: Date } = {},
) {
  assertCan(ctx, "inventory.read");
  const query = parseRenewalPlanQuery(input, options.now);
  const from = dueSql(
    sourceOf(ctx, await loadReferentials(db, await ruleOwners(ctx)), query),
    true,
  );
  const where = selectionSql(query);
  const countRows = () => db.$queryRaw<[{ total: number; cost: bigint }]>`
    SELECT count(*)::int AS "total", coalesce(sum(d."cost"), 0)::bigint AS "cost" FROM ${from} WHERE ${where}`;
  const itemRows = (page: Prisma.Sql) => db.$queryRaw<ItemRow[]>`
    SELECT d."id", e."uai", e."name" AS "etablissementName", d."category", d."manufacturer", d."model", d."serialNumber", d."inventoryNumber",
      d."acquiredOn", d."warrantyEndsOn", d."status", d."plannedRenewalYear", d."renewalNote", d."due", d."reason", d."cost"
    FROM ${from} JOIN "Etablissement" e ON e."id" = d."etablissementId"
    WHERE ${where}
    ORDER BY e."name", e."uai", d."due" NULLS LAST, d."category", d."model" NULLS LAST, d."id"
    ${page}`;
  let counts: { total: number; cost: bigint };
  let rows: ItemRow[];
  if (options.all) {
    [counts] = await countRows();
    if (counts.total > EXPORT_MAX_ROWS) {
      throw new AppError(
        "INVALID_INPUT",
        `Cette liste compte ${counts.total} équipements : filtrez par collège ou par catégorie pour l'exporter.`,
      );
    }
    rows = await itemRows(Prisma.empty);
  } else {
    [[counts], rows] = await Promise.all([
      countRows(),
      itemRows(
        Prisma.sql`LIMIT ${query.pageSize}::int OFFSET ${(query.page - 1) * query.pageSize}::int`,
      ),
    ]);
  }
  const items: RenewalItem[] = rows.map(({ due, cost, ...row }) => ({
    ...row,
    dueYear: due,
    overdue: due !== null && due < query.firstYear,
    unitCostCents: Number(cost),
  }));
  const total = counts.total;
  return {
    items,
    total,
    costCents: Number(counts.cost),
    query,
    pageCount: pageCountOf(total, query.pageSize),
  };
}

export type RenewalItemList = Awaited<ReturnType<typeof listRenewalItems>>;
