import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import { equipmentScopeWhere } from "@/lib/access/equipment-scope";
import { loadReferentials } from "@/lib/inventory/referential";
import {
  parseRenewalPlanQuery,
  PLAN_YEARS,
  RENEWED_STATUSES,
  type RenewalPlanQuery,
} from "@/lib/inventory/renewal-rules";
import { groupDue, ruleOwners, sourceOf, type GroupRow } from "@/lib/inventory/renewal-sql";
import { isNetworkDependent } from "@/lib/network/readiness-gate";

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
  /** Per collège, the interactive or mobile equipment due within the plan's years (readiness gate). */
  networkDependent: { uai: string; count: number }[];
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
  const dependent = new Map<string, number>();
  for (const row of rows)
    if (
      row.slot.kind !== "NON_PLANIFIABLE" &&
      row.slot.kind !== "AU_DELA" &&
      isNetworkDependent(row.category)
    )
      dependent.set(row.etablissementId, (dependent.get(row.etablissementId) ?? 0) + row.count);
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
    networkDependent: colleges
      .filter((c) => dependent.has(c.id))
      .map((c) => ({ uai: c.uai, count: dependent.get(c.id)! })),
  };
}
