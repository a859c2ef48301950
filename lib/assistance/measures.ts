import "server-only";
import { db } from "@/lib/db/client";
import type { ConventionParty, EquipmentCategory } from "@/lib/generated/prisma/enums";
import { assertCan, can, type AccessContext } from "@/lib/access/context";
import { measuresFiltersOf, type MeasuresFilters } from "@/lib/assistance/measures-schemas";
import {
  backlogSql,
  delaysSql,
  equipmentRatesSql,
  volumeSql,
  type BacklogBucketKey,
} from "@/lib/assistance/measures-sql";
import type { AgeBandKey } from "@/lib/dashboards/age-pyramid";

/*
 * The assistance measures of a scope (collectivité, académie, collège): what the « Assistance »
 * panel of each dashboard draws and its exports serve. Every figure comes from measures-sql.ts;
 * TypeScript only files the rows by key.
 */

export interface VolumeMonth {
  /** AAAA-MM (Paris). */
  month: string;
  total: number;
  /** Incidents per domain code; a domain absent had none. */
  byDomain: Record<string, number>;
}

export interface Volume {
  months: VolumeMonth[];
  /** Domains with incidents in the period, most first. */
  domains: { domain: string; count: number }[];
  total: number;
}

/** Per queue (null: every queue): times in working hours, null when nothing was measured. */
export interface DelayFigures {
  party: ConventionParty | null;
  incidents: number;
  taken: number;
  takeMedian: number | null;
  takeP90: number | null;
  resolved: number;
  resolveMedian: number | null;
  resolveP90: number | null;
  takeCommitted: number;
  takeWithin: number;
  takeRate: number | null;
  resolveCommitted: number;
  resolveWithin: number;
  resolveRate: number | null;
}

export type BacklogFigures = {
  party: ConventionParty | null;
  open: number;
  overdue: number;
} & Record<BacklogBucketKey, number>;

export interface RateFigures {
  items: number;
  incidents: number;
  /** Items with at least one incident. */
  failing: number;
  /** Incidents per 100 items; null without items. */
  per100: number | null;
}

export interface EquipmentRates {
  byCategory: (RateFigures & { category: EquipmentCategory })[];
  byBand: (RateFigures & { band: AgeBandKey })[];
  total: RateFigures;
  topModels: (RateFigures & { manufacturer: string; model: string; category: EquipmentCategory })[];
}

export interface AssistanceMeasures {
  filters: MeasuresFilters;
  now: Date;
  volume: Volume;
  /** The queues measured, then every queue (`party` null). */
  delays: DelayFigures[];
  backlog: BacklogFigures[];
  /** Null for a member who does not read the inventory. */
  equipment: EquipmentRates | null;
}

function volumeOf(rows: { month: string | null; domain: string | null; count: number }[]): Volume {
  const months = new Map<string, VolumeMonth>();
  const domains: Volume["domains"] = [];
  let total = 0;
  for (const r of rows) {
    if (r.month === null) {
      if (r.domain === null) total = r.count;
      else domains.push({ domain: r.domain, count: r.count });
      continue;
    }
    const month = months.get(r.month) ?? { month: r.month, total: 0, byDomain: {} };
    if (r.domain === null) month.total = r.count;
    else month.byDomain[r.domain] = r.count;
    months.set(r.month, month);
  }
  domains.sort((a, b) => b.count - a.count || a.domain.localeCompare(b.domain));
  return { months: [...months.values()], domains, total };
}

async function equipmentRatesOf(
  ctx: AccessContext,
  f: MeasuresFilters,
  now: Date,
): Promise<EquipmentRates> {
  const rows = await db.$queryRaw<
    (RateFigures & {
      axis: string;
      key: string | null;
      model: string | null;
      category: string | null;
    })[]
  >(equipmentRatesSql(ctx, f, now));
  const figures = ({ items, incidents, failing, per100 }: RateFigures) => ({
    items,
    incidents,
    failing,
    per100,
  });
  const of = (axis: string) => rows.filter((r) => r.axis === axis);
  return {
    byCategory: of("category").map((r) => ({
      category: r.key as EquipmentCategory,
      ...figures(r),
    })),
    byBand: of("band").map((r) => ({ band: r.key as AgeBandKey, ...figures(r) })),
    total: figures(of("total")[0] ?? { items: 0, incidents: 0, failing: 0, per100: null }),
    topModels: of("model").map((r) => ({
      manufacturer: r.key!,
      model: r.model!,
      category: r.category as EquipmentCategory,
      ...figures(r),
    })),
  };
}

/**
 * The measures for the context (a member with incident.read) and the filters of `input`
 * (assistanceMeasuresQuerySchema), at `now`. The equipment ratios need inventory.read too.
 */
export async function getAssistanceMeasures(
  ctx: AccessContext,
  input: unknown,
  now: Date = new Date(),
): Promise<AssistanceMeasures> {
  assertCan(ctx, "incident.read");
  const filters = measuresFiltersOf(input, now);
  const [volume, delays, backlog, equipment] = await Promise.all([
    db.$queryRaw<{ month: string | null; domain: string | null; count: number }[]>(
      volumeSql(ctx, filters),
    ),
    db.$queryRaw<DelayFigures[]>(delaysSql(ctx, filters)),
    db.$queryRaw<BacklogFigures[]>(backlogSql(ctx, filters, now)),
    can(ctx, "inventory.read") ? equipmentRatesOf(ctx, filters, now) : null,
  ]);
  return {
    filters,
    now,
    volume: volumeOf(volume),
    delays,
    backlog,
    equipment,
  };
}
