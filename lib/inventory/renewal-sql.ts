import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { type AccessContext } from "@/lib/access/context";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import { equipmentScopeWhere } from "@/lib/access/equipment-scope";
import { type Referential } from "@/lib/inventory/referential";
import {
  renewalSlotOf,
  type RenewalPlanQuery,
  type RenewalSlot,
} from "@/lib/inventory/renewal-rules";
import { equipmentScopeSql } from "@/lib/access/equipment-scope";

// ─── SQL ───

export type PlanReader = Pick<
  Prisma.TransactionClient,
  "$queryRaw" | "equipmentReferential" | "equipmentReferentialRule"
>;

/** The merged rules (saved or default) of some collectivités, as one jsonb parameter for jsonb_to_recordset. */
export function rulesJson(referentials: Map<string, Referential>): string {
  const rows = [...referentials].flatMap(([collectiviteId, referential]) =>
    EQUIPMENT_CATEGORIES.map((category) => {
      const rule = referential.rules[category];
      return {
        collectiviteId,
        category,
        ageYears: rule.renewalAgeYears,
        unitCostCents: rule.unitCostCents,
        atWarrantyEnd: rule.renewAtWarrantyEnd,
      };
    }),
  );
  return JSON.stringify(rows);
}

const YEAR_OF = (column: string) => Prisma.raw(`extract(year FROM eq."${column}")::int`);

/** renewalDueOf in SQL, on `eq` (Equipment) joined to `r` (its rule). */
const DUE_YEAR_SQL = Prisma.sql`CASE
  WHEN eq."plannedRenewalYear" IS NOT NULL THEN eq."plannedRenewalYear"
  WHEN eq."acquiredOn" IS NULL THEN ${YEAR_OF("warrantyEndsOn")}
  WHEN r."atWarrantyEnd" AND eq."warrantyEndsOn" IS NOT NULL THEN LEAST(${YEAR_OF("acquiredOn")} + r."ageYears", ${YEAR_OF("warrantyEndsOn")})
  ELSE ${YEAR_OF("acquiredOn")} + r."ageYears" END`;

const REASON_SQL = Prisma.sql`CASE
  WHEN eq."plannedRenewalYear" IS NOT NULL THEN 'AJUSTE'
  WHEN eq."acquiredOn" IS NULL THEN CASE WHEN eq."warrantyEndsOn" IS NULL THEN NULL ELSE 'GARANTIE' END
  WHEN r."atWarrantyEnd" AND eq."warrantyEndsOn" IS NOT NULL AND ${YEAR_OF("warrantyEndsOn")} < ${YEAR_OF("acquiredOn")} + r."ageYears" THEN 'GARANTIE'
  ELSE 'AGE' END`;

/** The columns the item list adds to the grouped ones (from their leading comma). */
const DETAIL_COLUMNS = Prisma.sql`, eq."id", eq."manufacturer", eq."model", eq."serialNumber", eq."inventoryNumber", eq."acquiredOn",
  eq."warrantyEndsOn", eq."status"::text AS "status", eq."plannedRenewalYear", eq."renewalNote", ${REASON_SQL} AS "reason"`;

export interface DueSource {
  rules: string;
  /** The perimeter, on `eq` (Equipment) alone. */
  scope: Prisma.Sql;
  uai?: string;
  category?: EquipmentCategory;
}

/**
 * The equipment to renew with its due year (`due`), reason and unit cost, as a subquery `d`. It
 * reads the equipment table alone (the rules are a small typed recordset), so the database
 * aggregates a département's 100 000 rows in one pass; collège names are joined afterwards.
 * OFFSET 0 keeps the subquery whole, so the due year is computed once per row, not once per use.
 * `detail` adds the columns the item list shows; the grouped plan reads only what it sums.
 */
export function dueSql(source: DueSource, detail: boolean): Prisma.Sql {
  const filters: Prisma.Sql[] = [source.scope];
  if (source.uai)
    filters.push(
      Prisma.sql`eq."etablissementId" = (SELECT "id" FROM "Etablissement" WHERE "uai" = ${source.uai})`,
    );
  if (source.category)
    filters.push(Prisma.sql`eq."category" = CAST(${source.category} AS "EquipmentCategory")`);
  return Prisma.sql`(
    SELECT eq."etablissementId", eq."category"::text AS "category", ${DUE_YEAR_SQL} AS "due", r."unitCostCents" AS "cost"
      ${detail ? DETAIL_COLUMNS : Prisma.empty}
    FROM "Equipment" eq
    JOIN jsonb_to_recordset(${source.rules}::jsonb)
      AS r("collectiviteId" text, "category" "EquipmentCategory", "ageYears" int, "unitCostCents" bigint, "atWarrantyEnd" boolean)
      ON r."collectiviteId" = eq."collectiviteId" AND r."category" = eq."category"
    WHERE eq."status" IN ('EN_SERVICE', 'EN_PANNE') AND ${Prisma.join(filters, " AND ")}
    OFFSET 0
  ) d`;
}

/** Counts and costs per collège × category × due year (groupDue's statement, run by the benchmark's floor too). */
export function dueGroupsSql(source: DueSource): Prisma.Sql {
  return Prisma.sql`
    SELECT d."etablissementId", d."category", d."due", count(*)::int AS "count", coalesce(sum(d."cost"), 0)::bigint AS "cost"
    FROM ${dueSql(source, false)}
    GROUP BY 1, 2, 3`;
}

export interface GroupRow {
  etablissementId: string;
  category: EquipmentCategory;
  due: number | null;
  count: number;
  cost: bigint;
  /** Where `due` falls in the plan (renewalSlotOf). */
  slot: RenewalSlot;
}

/**
 * Counts and costs per collège × category × due year, computed by the database; the few
 * thousand groups are then placed in the plan's years by renewalSlotOf.
 */
export async function groupDue(
  reader: PlanReader,
  source: DueSource,
  firstYear: number,
  years: number,
): Promise<GroupRow[]> {
  const rows = await reader.$queryRaw<Omit<GroupRow, "slot">[]>(dueGroupsSql(source));
  return rows.map((row) => ({ ...row, slot: renewalSlotOf(row.due, firstYear, years) }));
}

/** The collectivités whose référentiels apply to a context's equipment. */
export async function ruleOwners(ctx: AccessContext): Promise<string[]> {
  if (ctx.scope.type === "COLLECTIVITE") return [ctx.scope.id];
  if (ctx.scope.type === "PLATFORM") return [];
  // Equipment keeps the owner it was written with: a collège that changed collectivité may hold both.
  const groups = await db.equipment.groupBy({
    by: ["collectiviteId"],
    where: equipmentScopeWhere(ctx),
  });
  const own = ctx.scope.type === "ETABLISSEMENT" ? [ctx.scope.collectiviteId] : [];
  return [...new Set([...own, ...groups.map((g) => g.collectiviteId)])];
}

export function sourceOf(
  ctx: AccessContext,
  referentials: Map<string, Referential>,
  query: Pick<RenewalPlanQuery, "uai" | "category">,
): DueSource {
  return {
    rules: rulesJson(referentials),
    scope: equipmentScopeSql(ctx, "eq"),
    uai: query.uai,
    category: query.category,
  };
}
