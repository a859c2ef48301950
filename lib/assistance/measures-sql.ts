import { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";
import { incidentScopeSql } from "@/lib/access/scope-sql";
import { equipmentScopeSql } from "@/lib/access/equipment-scope";
import { parisMidnight, todayInParisIso } from "@/lib/dates";
import { AGE_BANDS, UNKNOWN_AGE } from "@/lib/dashboards/age-pyramid";
import { OPEN_STATUSES } from "@/lib/assistance/vocabulary";
import { shiftMonth, type MeasuresFilters } from "@/lib/assistance/measures-schemas";

/*
 * The raw statements of the assistance measures, built here so that the dashboards and the
 * benchmark's bare-SQL floor (bench/runner/dashboard-sql.ts) run the same text. Every figure is
 * computed by PostgreSQL (PGlite alike): counts, percentiles, rates, buckets.
 */

/** A timestamp(3) column's instant as a `timestamp` literal (UTC, as Prisma stores them). */
const stamp = (date: Date) => Prisma.sql`CAST(${date.toISOString().slice(0, 23)} AS timestamp)`;

/** A UTC timestamp column read as the Paris wall clock (for months). */
const parisTime = (column: Prisma.Sql) =>
  Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')`;

/** The queue and level filters, on the incident table under `i`. */
function queueSql(f: Pick<MeasuresFilters, "party" | "level">): Prisma.Sql {
  return Prisma.sql`${f.party ? Prisma.sql`AND i."party" = CAST(${f.party} AS "ConventionParty")` : Prisma.empty}
    ${f.level ? Prisma.sql`AND i."level" = ${f.level}` : Prisma.empty}`;
}

/** The incidents measured: in scope, of the queue and level asked, reported within the months asked. */
export function measuredIncidentsSql(ctx: AccessContext, f: MeasuresFilters): Prisma.Sql {
  const start = parisMidnight(`${f.period.from}-01`);
  const end = parisMidnight(`${shiftMonth(f.period.to, 1)}-01`);
  return Prisma.sql`${incidentScopeSql(ctx, "i")} ${queueSql(f)}
    AND i."reportedAt" >= ${stamp(start)} AND i."reportedAt" < ${stamp(end)}`;
}

/**
 * Incidents per month (Paris) and domain, with each month's total, each domain's total and the
 * grand total (GROUPING SETS). Every month of the period has its row, empty ones with a count of 0.
 */
export function volumeSql(ctx: AccessContext, f: MeasuresFilters): Prisma.Sql {
  return Prisma.sql`
    WITH v AS (
      SELECT g."month", g."domain", count(*)::int AS "count",
        GROUPING(g."month")::int AS "allMonths", GROUPING(g."domain")::int AS "allDomains"
      FROM (SELECT date_trunc('month', ${parisTime(Prisma.sql`i."reportedAt"`)}) AS "month", i."domain"
        FROM "Incident" i WHERE ${measuredIncidentsSql(ctx, f)}) g
      GROUP BY GROUPING SETS ((g."month", g."domain"), (g."month"), (g."domain"), ()))
    SELECT to_char(m."month", 'YYYY-MM') AS "month", v."domain", coalesce(v."count", 0)::int AS "count"
    FROM generate_series(CAST(${`${f.period.from}-01`} AS timestamp), CAST(${`${f.period.to}-01`} AS timestamp), interval '1 month') AS m("month")
    LEFT JOIN v ON v."month" = m."month" AND v."allMonths" = 0
    UNION ALL
    SELECT NULL, v."domain", v."count" FROM v WHERE v."allMonths" = 1
    ORDER BY 1 NULLS LAST, 2 NULLS FIRST`;
}

/** Median and 90th percentile of working minutes, in working hours. */
const hours = (p: number, column: string) =>
  Prisma.sql`(percentile_cont(${Prisma.raw(String(p))}) WITHIN GROUP (ORDER BY i.${Prisma.raw(`"${column}"`)}) / 60.0)::float8`;

/** Among incidents with a target and a measured time, those within it: counts and share. */
function withinSql(name: string, work: string, target: string): Prisma.Sql {
  const measured = Prisma.raw(`i."${target}" IS NOT NULL AND i."${work}" IS NOT NULL`);
  const within = Prisma.raw(`i."${work}" <= i."${target}"`);
  return Prisma.sql`(count(*) FILTER (WHERE ${measured}))::int AS ${Prisma.raw(`"${name}Committed"`)},
    (count(*) FILTER (WHERE ${measured} AND ${within}))::int AS ${Prisma.raw(`"${name}Within"`)},
    ((count(*) FILTER (WHERE ${measured} AND ${within}))::float8 / nullif(count(*) FILTER (WHERE ${measured}), 0)) AS ${Prisma.raw(`"${name}Rate"`)}`;
}

/**
 * Per queue and for all (party null: the incident table has no null party): incidents reported, time to take charge and to resolve (median, 90th
 * percentile, working hours; the taken / resolved ones), and the share within the service level
 * (incidents with a target, once taken / resolved).
 */
export function delaysSql(ctx: AccessContext, f: MeasuresFilters): Prisma.Sql {
  return Prisma.sql`
    SELECT i."party"::text AS "party", count(*)::int AS "incidents",
      count(i."takeChargeWorkMinutes")::int AS "taken",
      ${hours(0.5, "takeChargeWorkMinutes")} AS "takeMedian", ${hours(0.9, "takeChargeWorkMinutes")} AS "takeP90",
      count(i."resolveWorkMinutes")::int AS "resolved",
      ${hours(0.5, "resolveWorkMinutes")} AS "resolveMedian", ${hours(0.9, "resolveWorkMinutes")} AS "resolveP90",
      ${withinSql("take", "takeChargeWorkMinutes", "takeChargeTargetMinutes")},
      ${withinSql("resolve", "resolveWorkMinutes", "resolveTargetMinutes")}
    FROM "Incident" i WHERE ${measuredIncidentsSql(ctx, f)}
    GROUP BY GROUPING SETS ((i."party"), ())
    ORDER BY i."party" NULLS LAST`;
}

/** Ages of the backlog, in calendar days since the report; the last one is open. */
export const BACKLOG_BUCKETS = [
  { key: "moins1j", label: "Moins d'un jour", fromDays: 0 },
  { key: "1a3j", label: "1 à 3 jours", fromDays: 1 },
  { key: "3a7j", label: "3 à 7 jours", fromDays: 3 },
  { key: "7a30j", label: "7 à 30 jours", fromDays: 7 },
  { key: "plus30j", label: "Plus de 30 jours", fromDays: 30 },
] as const;
export type BacklogBucketKey = (typeof BACKLOG_BUCKETS)[number]["key"];

/**
 * The incidents open at `now` (whenever reported: a backlog has no period), in scope and of the
 * queue and level asked: per queue and for all, how many by age, and how many past a deadline.
 */
export function backlogSql(
  ctx: AccessContext,
  f: Pick<MeasuresFilters, "party" | "level">,
  now: Date,
): Prisma.Sql {
  const at = stamp(now);
  const age = Prisma.sql`(${at} - i."reportedAt")`;
  const buckets = BACKLOG_BUCKETS.map((b, index) => {
    const next = BACKLOG_BUCKETS[index + 1];
    const lower = Prisma.raw(`interval '${b.fromDays} days'`);
    const upper = next ? Prisma.raw(`interval '${next.fromDays} days'`) : null;
    return Prisma.sql`(count(*) FILTER (WHERE ${age} >= ${lower}${upper ? Prisma.sql` AND ${age} < ${upper}` : Prisma.empty}))::int AS ${Prisma.raw(`"${b.key}"`)}`;
  });
  return Prisma.sql`
    SELECT i."party"::text AS "party", count(*)::int AS "open",
      ${Prisma.join(buckets, ", ")},
      (count(*) FILTER (WHERE (i."takenAt" IS NULL AND i."takeChargeDueAt" < ${at}) OR i."resolveDueAt" < ${at}))::int AS "overdue"
    FROM "Incident" i
    WHERE ${incidentScopeSql(ctx, "i")} ${queueSql(f)}
      AND i."status" IN (${Prisma.join(OPEN_STATUSES.map((s) => Prisma.sql`CAST(${s} AS "IncidentStatus")`))})
    GROUP BY GROUPING SETS ((i."party"), ())
    ORDER BY i."party" NULLS LAST`;
}

/** The age band of equipment `q` at `day` (age-pyramid.ts's bands, in whole years). */
function ageBandSql(day: string): Prisma.Sql {
  const years = Prisma.sql`date_part('year', age(CAST(${day} AS date), q."acquiredOn"))`;
  const cases = [...AGE_BANDS]
    .reverse()
    .map((b) => Prisma.sql`WHEN ${years} >= ${Prisma.raw(String(b.fromYears))} THEN ${b.key}`);
  return Prisma.sql`CASE WHEN q."acquiredOn" IS NULL THEN ${UNKNOWN_AGE.key} ${Prisma.join(cases, " ")} ELSE ${AGE_BANDS[0].key} END`;
}

/**
 * The fleet measured, in rows of category, manufacturer, model, age band, items, incidents and
 * failing items: the lots in scope (EquipmentLot, the items not retired counted per purchase lot,
 * so an académie reads tens of thousands of rows, not every item), then each item in scope with
 * incidents measured: its incidents, one failing item, and one item more if it has been retired
 * since (the lots hold the others).
 */
function fleetMeasuredCte(ctx: AccessContext, f: MeasuresFilters, now: Date): Prisma.Sql {
  const band = ageBandSql(todayInParisIso(now));
  return Prisma.sql`WITH n AS (
      SELECT i."equipmentId", count(*)::int AS "incidents" FROM "Incident" i
      WHERE ${measuredIncidentsSql(ctx, f)} AND i."equipmentId" IS NOT NULL GROUP BY i."equipmentId"),
    q AS (
      SELECT q."category"::text AS "category", q."manufacturer", q."model", ${band} AS "band",
        q."items", 0 AS "incidents", 0 AS "failing"
      FROM "EquipmentLot" q WHERE ${equipmentScopeSql(ctx, "q")}
      UNION ALL
      SELECT q."category"::text, q."manufacturer", q."model", ${band},
        (q."status" = 'REFORME')::int, n."incidents", 1
      FROM n JOIN "Equipment" q ON q."id" = n."equipmentId" WHERE ${equipmentScopeSql(ctx, "q")})`;
}

const ratesOf = Prisma.sql`coalesce(sum(q."items"), 0)::int AS "items", coalesce(sum(q."incidents"), 0)::int AS "incidents",
  coalesce(sum(q."failing"), 0)::int AS "failing",
  (coalesce(sum(q."incidents"), 0) * 100.0 / nullif(sum(q."items"), 0))::float8 AS "per100"`;

/** Models (manufacturer and model) counted only from this many items in the fleet. */
export const MIN_MODEL_ITEMS = 5;
/** The models listed, most incidents per item first. */
export const TOP_MODELS = 10;

/**
 * Incidents per 100 items, in one statement so the fleet is read once: per category (`axis`
 * 'category', `key` the category, most per item first), per age band ('band'), overall ('total'),
 * and the models that fail most ('model': `key` the manufacturer, with `model` and `category`),
 * among models of at least MIN_MODEL_ITEMS items with an incident, TOP_MODELS at most.
 */
export function equipmentRatesSql(ctx: AccessContext, f: MeasuresFilters, now: Date): Prisma.Sql {
  return Prisma.sql`${fleetMeasuredCte(ctx, f, now)}
    SELECT * FROM (
      SELECT 'category' AS "axis", q."category" AS "key", NULL::text AS "model", NULL::text AS "category", ${ratesOf}
      FROM q GROUP BY q."category"
      UNION ALL SELECT 'band', q."band", NULL, NULL, ${ratesOf} FROM q GROUP BY q."band"
      UNION ALL SELECT 'total', NULL, NULL, NULL, ${ratesOf} FROM q
      UNION ALL (
        SELECT 'model', q."manufacturer", q."model", min(q."category"), ${ratesOf}
        FROM q WHERE q."manufacturer" IS NOT NULL AND q."model" IS NOT NULL
        GROUP BY q."manufacturer", q."model"
        HAVING sum(q."items") >= ${MIN_MODEL_ITEMS} AND sum(q."incidents") > 0
        ORDER BY "per100" DESC, "incidents" DESC, q."manufacturer", q."model"
        LIMIT ${TOP_MODELS})) r
    ORDER BY "axis", "per100" DESC NULLS LAST, CASE WHEN "axis" = 'model' THEN "incidents" END DESC, "key", "model"`;
}
