import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import { loadReferentials } from "@/lib/inventory/referential";
import { PLAN_YEARS } from "@/lib/inventory/renewal-rules";
import { groupDue, rulesJson, type DueSource, type PlanReader } from "@/lib/inventory/renewal-sql";

/** A collectivité's equipment under its own référentiel: the source of its plan and budget need. */
export async function collectiviteDueSource(
  reader: PlanReader,
  collectiviteId: string,
): Promise<DueSource> {
  return {
    rules: rulesJson(await loadReferentials(reader, [collectiviteId])),
    scope: Prisma.sql`eq."collectiviteId" = ${collectiviteId}`,
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
 * costs of its référentiel. Unsafe: it takes a collectivité id, not a context, because the budget
 * code calls it inside its own transaction after `requireCollectivite`; a caller without that
 * check would read another collectivité's plan. `reader` may be a transaction client.
 */
export async function unsafeRenewalInvestmentNeed(
  reader: PlanReader,
  collectiviteId: string,
  firstYear: number,
  years = PLAN_YEARS,
): Promise<YearNeed[]> {
  if (!Number.isInteger(firstYear) || !Number.isInteger(years) || years < 1 || years > 30)
    throw new RangeError("unsafeRenewalInvestmentNeed: horizon invalide");
  const source = await collectiviteDueSource(reader, collectiviteId);
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
