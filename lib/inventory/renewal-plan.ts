import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EquipmentCategory, EquipmentStatus } from "@/lib/generated/prisma/enums";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { AppError } from "@/lib/errors";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import { equipmentScopeWhere } from "@/lib/access/equipment-scope";
import { loadReferentials, type Referential } from "@/lib/inventory/referential";
import {
  parseRenewalPlanQuery,
  PLAN_YEARS,
  RENEWED_STATUSES,
  renewalSlotOf,
  type RenewalPlanQuery,
  type RenewalReason,
  type RenewalSlot,
} from "@/lib/inventory/renewal-rules";
import { equipmentScopeSql } from "@/lib/access/equipment-scope";

// ─── SQL ───

type PlanReader = Pick<
  Prisma.TransactionClient,
  "$queryRaw" | "equipmentReferential" | "equipmentReferentialRule"
>;

/** The merged rules (saved or default) of some collectivités, as one jsonb parameter for jsonb_to_recordset. */
function rulesJson(referentials: Map<string, Referential>): string {
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

interface DueSource {
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
function dueSql(source: DueSource, detail: boolean): Prisma.Sql {
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

interface GroupRow {
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
async function groupDue(
  reader: PlanReader,
  source: DueSource,
  firstYear: number,
  years: number,
): Promise<GroupRow[]> {
  const rows = await reader.$queryRaw<Omit<GroupRow, "slot">[]>`
    SELECT d."etablissementId", d."category", d."due", count(*)::int AS "count", coalesce(sum(d."cost"), 0)::bigint AS "cost"
    FROM ${dueSql(source, false)}
    GROUP BY 1, 2, 3`;
  return rows.map((row) => ({ ...row, slot: renewalSlotOf(row.due, firstYear, years) }));
}

/** The collectivités whose référentiels apply to a context's equipment. */
async function ruleOwners(ctx: AccessContext): Promise<string[]> {
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

function sourceOf(
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

// ─── Entry point for the budget (issue 6) ───

export interface YearNeed {
  year: number;
  count: number;
  costCents: number;
  byCategory: { category: EquipmentCategory; count: number; costCents: number }[];
}

/**
 * THE entry point of the budget: a collectivité's renewal investment need per calendar year, from
 * `firstYear` for `years` years (overdue equipment counted in the first year), costed at the unit
 * costs of its référentiel. Scope-free by design (the budget code has already checked its own
 * access to the collectivité); `db` may be a transaction client.
 */
export async function renewalInvestmentNeed(
  reader: PlanReader,
  collectiviteId: string,
  firstYear: number,
  years = PLAN_YEARS,
): Promise<YearNeed[]> {
  if (!Number.isInteger(firstYear) || !Number.isInteger(years) || years < 1 || years > 30)
    throw new RangeError("renewalInvestmentNeed: horizon invalide");
  const source: DueSource = {
    rules: rulesJson(await loadReferentials(reader, [collectiviteId])),
    scope: Prisma.sql`eq."collectiviteId" = ${collectiviteId}`,
  };
  const rows = await groupDue(reader, source, firstYear, years);
  return Array.from({ length: years }, (_, i) => {
    const year = firstYear + i;
    const inYear = rows.filter((row) => row.slot.kind === "PLAN" && row.slot.year === year);
    const byCategory = EQUIPMENT_CATEGORIES.flatMap((category) => {
      const cells = inYear.filter((row) => row.category === category);
      return cells.length === 0
        ? []
        : [
            {
              category,
              count: sumOf(cells, (c) => c.count),
              costCents: sumOf(cells, (c) => Number(c.cost)),
            },
          ];
    });
    return {
      year,
      count: sumOf(byCategory, (c) => c.count),
      costCents: sumOf(byCategory, (c) => c.costCents),
      byCategory,
    };
  });
}

function sumOf<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

// ─── The plan of a context ───

export interface PlanCell {
  count: number;
  costCents: number;
}

const emptyCell = (): PlanCell => ({ count: 0, costCents: 0 });

function addTo(cell: PlanCell, row: GroupRow): void {
  cell.count += row.count;
  cell.costCents += Number(row.cost);
}

/** Counts and costs per plan year, with the slots outside the horizon. */
export interface PlanLine {
  perYear: PlanCell[];
  /** Due before the first year, counted in it. */
  overdue: PlanCell;
  /** Due after the last year: not costed in the plan. */
  beyond: PlanCell;
  /** No acquisition date nor warranty end: the data needs fixing. */
  unplannable: PlanCell;
  /** Sum of the plan years. */
  total: PlanCell;
}

const emptyLine = (years: number): PlanLine => ({
  perYear: Array.from({ length: years }, emptyCell),
  overdue: emptyCell(),
  beyond: emptyCell(),
  unplannable: emptyCell(),
  total: emptyCell(),
});

function addToLine(line: PlanLine, row: GroupRow, firstYear: number): void {
  const { slot } = row;
  if (slot.kind === "NON_PLANIFIABLE") return addTo(line.unplannable, row);
  if (slot.kind === "AU_DELA") return addTo(line.beyond, row);
  if (slot.overdue) addTo(line.overdue, row);
  addTo(line.perYear[slot.year - firstYear]!, row);
  addTo(line.total, row);
}

export interface RenewalPlan {
  query: RenewalPlanQuery;
  all: PlanLine;
  byCategory: ({ category: EquipmentCategory } & PlanLine)[];
  byCollege: ({ etablissementId: string; uai: string; name: string } & PlanLine)[];
  /** Equipment in stock or réformé within the filters: not renewed. */
  notRenewed: number;
  /** The rules applied (for a collectivité or a collège: one référentiel). */
  rules: {
    category: EquipmentCategory;
    renewalAgeYears: number;
    unitCostCents: number;
    renewAtWarrantyEnd: boolean;
  }[];
  referentialCustomised: boolean;
  /** Collèges of the perimeter that have equipment, for the filter. */
  colleges: { uai: string; name: string }[];
}

/** The plan's groups (collège × category × due year) for a parsed query, with the référentiels they used. */
async function planGroups(ctx: AccessContext, query: RenewalPlanQuery) {
  const owners = await ruleOwners(ctx);
  const referentials = await loadReferentials(db, owners);
  const rows = await groupDue(db, sourceOf(ctx, referentials, query), query.firstYear, PLAN_YEARS);
  return { owners, referentials, rows };
}

/** The lines for the whole perimeter and per category. */
function totalsOf(rows: readonly GroupRow[], firstYear: number) {
  const all = emptyLine(PLAN_YEARS);
  const categories = new Map<EquipmentCategory, PlanLine>();
  for (const row of rows) {
    addToLine(all, row, firstYear);
    if (!categories.has(row.category)) categories.set(row.category, emptyLine(PLAN_YEARS));
    addToLine(categories.get(row.category)!, row, firstYear);
  }
  const byCategory = EQUIPMENT_CATEGORIES.filter((c) => categories.has(c)).map((category) => ({
    category,
    ...categories.get(category)!,
  }));
  return { all, byCategory };
}

export type RenewalTotals = Pick<RenewalPlan, "query" | "all" | "byCategory">;

/**
 * The plan's totals per year, for the perimeter and per category, without the per-collège lines,
 * the collège filter and the count of equipment not renewed (what a dashboard shows): the same
 * figures as getRenewalPlan's, from the same grouped query.
 */
export async function getRenewalTotals(
  ctx: AccessContext,
  input: unknown,
  now: Date = new Date(),
): Promise<RenewalTotals> {
  assertCan(ctx, "inventory.read");
  const query = parseRenewalPlanQuery(input, now);
  const { rows } = await planGroups(ctx, query);
  return { query, ...totalsOf(rows, query.firstYear) };
}

/** The renewal plan of the context's perimeter: per year, per category and per collège (input: URL params). */
export async function getRenewalPlan(
  ctx: AccessContext,
  input: unknown,
  now: Date = new Date(),
): Promise<RenewalPlan> {
  assertCan(ctx, "inventory.read");
  const query = parseRenewalPlanQuery(input, now);
  const equipmentWhere: Prisma.EquipmentWhereInput = {
    AND: [
      equipmentScopeWhere(ctx),
      query.uai ? { etablissement: { uai: query.uai } } : {},
      query.category ? { category: query.category } : {},
    ],
  };
  const [{ owners, referentials, rows }, notRenewed, colleges] = await Promise.all([
    planGroups(ctx, query),
    db.equipment.count({
      where: { AND: [equipmentWhere, { status: { notIn: [...RENEWED_STATUSES] } }] },
    }),
    db.etablissement.findMany({
      where: { equipment: { some: equipmentScopeWhere(ctx) } },
      select: { id: true, uai: true, name: true },
      orderBy: [{ name: "asc" }, { uai: "asc" }],
    }),
  ]);
  const perCollege = new Map<string, PlanLine>();
  for (const row of rows) {
    if (!perCollege.has(row.etablissementId))
      perCollege.set(row.etablissementId, emptyLine(PLAN_YEARS));
    addToLine(perCollege.get(row.etablissementId)!, row, query.firstYear);
  }
  const referential = owners[0] ? referentials.get(owners[0]) : undefined;
  return {
    query,
    ...totalsOf(rows, query.firstYear),
    byCollege: colleges
      .filter((c) => perCollege.has(c.id))
      .map((c) => ({ etablissementId: c.id, uai: c.uai, name: c.name, ...perCollege.get(c.id)! })),
    notRenewed,
    rules: referential
      ? EQUIPMENT_CATEGORIES.map((category) => ({ category, ...referential.rules[category] }))
      : [],
    referentialCustomised: referential?.customised ?? false,
    colleges: colleges.map(({ uai, name }) => ({ uai, name })),
  };
}

// ─── The detail list ───

export interface RenewalItem {
  id: string;
  uai: string;
  etablissementName: string;
  category: EquipmentCategory;
  manufacturer: string | null;
  model: string | null;
  serialNumber: string | null;
  inventoryNumber: string | null;
  acquiredOn: Date | null;
  warrantyEndsOn: Date | null;
  status: EquipmentStatus;
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
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}

export type RenewalItemList = Awaited<ReturnType<typeof listRenewalItems>>;
