import "server-only";
import { db } from "@/lib/db/client";
import type { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { type AccessContext } from "@/lib/access/context";
import { collegeCountsInScope } from "@/lib/inventory/college-counts";
import { type IndicatorRow } from "@/lib/inventory/indicator-math";
import { type IndicatorAggregate } from "@/lib/inventory/indicator-math";
import { withIndicators } from "@/lib/inventory/indicator-math";
import { sortRows } from "@/lib/inventory/indicator-math";
import { computeIndicators } from "@/lib/inventory/indicator-math";
import { aggregateIndicators } from "@/lib/inventory/indicator-math";
import { computeGaps, totalGaps, type GapResult, type GapTotals } from "@/lib/inventory/gaps";
import { loadReferentials } from "@/lib/inventory/referential";
import { NATIONAL_REFERENCES } from "@/lib/inventory/national-references";
import { getRenewalTotals, type PlanCell } from "@/lib/inventory/renewal-plan";
import { collectiviteOf } from "@/lib/dashboards/collectivite-of";

export type FleetCollege = IndicatorRow & { gaps: GapResult | null };

export interface Fleet {
  /** The rentrée whose effectifs the ratios use; null for each collège's latest effectif. */
  rentree: number | null;
  /** Over the effectifs of `rentree`, as the indicator page with the same `?rentree=`. */
  aggregate: IndicatorAggregate;
  /** Every open public collège, by name, its ratios over the effectifs of `rentree`. */
  colleges: IndicatorRow[];
  /** The collèges in gap that would cost the most to bring to the référentiel (the gap list's default order). */
  furthest: FleetCollege[];
  /** Gaps are measured on each collège's latest effectif whatever `rentree`, as the gap list does. */
  gapTotals: GapTotals;
  references: typeof NATIONAL_REFERENCES;
}

export const FURTHEST_COUNT = 10;

/**
 * Indicators and gaps of the collectivité's collèges, from the same counts as the indicator and gap
 * pages. The ratios use the effectifs of `rentree` (the latest without one); the gaps always use
 * the latest effectif, since the gap list has no rentrée axis and measures what is missing today:
 * a past rentrée therefore reads the counts twice, in parallel.
 */
export async function getFleet(
  ctx: AccessContext,
  now: Date = new Date(),
  rentree: number | null = null,
): Promise<Fleet> {
  collectiviteOf(ctx);
  const [counts, latest] = await Promise.all([
    collegeCountsInScope(ctx, now, { rentree }),
    rentree === null ? Promise.resolve(null) : collegeCountsInScope(ctx, now),
  ]);
  const measured = latest ?? counts;
  const referentials = await loadReferentials(
    db,
    measured.map((r) => r.collectiviteId),
  );
  const gapped = measured.map((row): FleetCollege => {
    const pupils = row.effectif?.total ?? null;
    return {
      ...row,
      indicators: computeIndicators(row, pupils),
      gaps: computeGaps(row, pupils, referentials.get(row.collectiviteId)!),
    };
  });
  const inGap = gapped.filter((c) => c.gaps?.enEcart === true);
  return {
    rentree,
    aggregate: aggregateIndicators(counts),
    colleges: latest ? counts.map(withIndicators) : gapped,
    furthest: sortRows(inGap, (c) => c.gaps?.missingCostCents ?? null, "desc").slice(
      0,
      FURTHEST_COUNT,
    ),
    gapTotals: totalGaps(gapped),
    references: NATIONAL_REFERENCES,
  };
}

// ─── Renewal due this year and next ───

export interface RenewalDue {
  years: [number, number];
  cells: [PlanCell, PlanCell];
  /** Due before this year: counted in this year's cell. */
  overdue: PlanCell;
  unplannable: PlanCell;
  byCategory: { category: EquipmentCategory; cells: [PlanCell, PlanCell] }[];
}

/** The first two years of the renewal plan, as its page shows them by default. */
export async function getRenewalDue(
  ctx: AccessContext,
  now: Date = new Date(),
): Promise<RenewalDue> {
  collectiviteOf(ctx);
  const plan = await getRenewalTotals(ctx, {}, now);
  const two = (cells: PlanCell[]): [PlanCell, PlanCell] => [cells[0]!, cells[1]!];
  return {
    years: [plan.query.years[0]!, plan.query.years[1]!],
    cells: two(plan.all.perYear),
    overdue: plan.all.overdue,
    unplannable: plan.all.unplannable,
    byCategory: plan.byCategory
      .map((c) => ({ category: c.category, cells: two(c.perYear) }))
      .filter((c) => c.cells[0].count + c.cells[1].count > 0),
  };
}
