import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { todayInParis } from "@/lib/dates";
import { effectifJoin } from "@/lib/inventory/scope";
import { etablissementScopeSql } from "@/lib/access/scope-sql";
import { INTERACTIVE_DISPLAY_CATEGORIES, TERMINAL_CATEGORIES } from "@/lib/inventory/labels";
import { rentreeFilterSchema } from "@/lib/inventory/schemas";
import { NATIONAL_REFERENCES } from "@/lib/inventory/national-references";

/** Equipment in service of one collège (or summed over several), as the indicators need them. */
export interface EquipmentCounts {
  terminaux: number;
  /** Terminals with an acquisition date: the denominator of the age share. */
  terminauxDates: number;
  /** Terminals acquired more than 5 years before today. */
  terminauxPlus5Ans: number;
  /** TNI/TBI, VPI and ENI. */
  affichages: number;
  videoprojecteurs: number;
  classesMobiles: number;
  bornesWifi: number;
}

export interface EffectifRef {
  rentree: number;
  total: number;
  /** Where the figure comes from; demo estimates say so here. */
  source: string;
}

export interface CollegeCounts extends EquipmentCounts {
  etablissementId: string;
  uai: string;
  name: string;
  communeName: string;
  departementCode: string;
  departementName: string;
  collectiviteId: string;
  effectif: EffectifRef | null;
}

/** The ETIC indicators; null when they cannot be computed (no pupils, no terminal, no date). */
export interface IndicatorValues {
  terminauxPour100: number | null;
  elevesParTerminal: number | null;
  /** Percentage, 0–100. */
  partPlus5Ans: number | null;
  affichagesPour1000: number | null;
  videoprojecteursPour1000: number | null;
  classesMobilesPour1000: number | null;
}

export type IndicatorRow = CollegeCounts & { indicators: IndicatorValues };

export interface IndicatorAggregate {
  colleges: number;
  /** Collèges whose effectif is known: the per-pupil ratios sum their counts over their pupils. */
  collegesAvecEffectif: number;
  eleves: number;
  /** Counts of the collèges with a known effectif. */
  counts: EquipmentCounts;
  /** Age of the terminals of every collège, effectif known or not. */
  age: { terminauxDates: number; terminauxPlus5Ans: number; terminauxSansDate: number };
  indicators: IndicatorValues;
}

const per = (count: number, pupils: number | null, base: number) =>
  pupils && pupils > 0 ? (count * base) / pupils : null;

/** The ETIC ratios of a collège or a group of collèges from its counts and pupils. */
export function computeIndicators(counts: EquipmentCounts, eleves: number | null): IndicatorValues {
  return {
    terminauxPour100: per(counts.terminaux, eleves, 100),
    elevesParTerminal:
      eleves && eleves > 0 && counts.terminaux > 0 ? eleves / counts.terminaux : null,
    partPlus5Ans:
      counts.terminauxDates > 0 ? (counts.terminauxPlus5Ans * 100) / counts.terminauxDates : null,
    affichagesPour1000: per(counts.affichages, eleves, 1000),
    videoprojecteursPour1000: per(counts.videoprojecteurs, eleves, 1000),
    classesMobilesPour1000: per(counts.classesMobiles, eleves, 1000),
  };
}

const COUNT_KEYS = [
  "terminaux",
  "terminauxDates",
  "terminauxPlus5Ans",
  "affichages",
  "videoprojecteurs",
  "classesMobiles",
  "bornesWifi",
] as const satisfies readonly (keyof EquipmentCounts)[];

const zeroCounts = (): EquipmentCounts => ({
  terminaux: 0,
  terminauxDates: 0,
  terminauxPlus5Ans: 0,
  affichages: 0,
  videoprojecteurs: 0,
  classesMobiles: 0,
  bornesWifi: 0,
});

/**
 * A collectivité's, a département's or an académie's figures: sums of the counts over the sum of
 * the pupils of the collèges whose effectif is known (an average weighted by pupils, not an average
 * of the collèges' ratios); the age share over every collège's dated terminals.
 */
export function aggregateIndicators(
  rows: readonly (EquipmentCounts & { effectif: { total: number } | null })[],
): IndicatorAggregate {
  const counts = zeroCounts();
  const age = { terminauxDates: 0, terminauxPlus5Ans: 0, terminauxSansDate: 0 };
  let eleves = 0;
  let collegesAvecEffectif = 0;
  for (const row of rows) {
    age.terminauxDates += row.terminauxDates;
    age.terminauxPlus5Ans += row.terminauxPlus5Ans;
    age.terminauxSansDate += row.terminaux - row.terminauxDates;
    if (!row.effectif) continue;
    collegesAvecEffectif += 1;
    eleves += row.effectif.total;
    for (const key of COUNT_KEYS) counts[key] += row[key];
  }
  const indicators = computeIndicators(counts, collegesAvecEffectif > 0 ? eleves : null);
  indicators.partPlus5Ans =
    age.terminauxDates > 0 ? (age.terminauxPlus5Ans * 100) / age.terminauxDates : null;
  return { colleges: rows.length, collegesAvecEffectif, eleves, counts, age, indicators };
}

/** Constants of the code as SQL literals (enum values), so the planner sees them. */
const literals = (values: readonly string[]) =>
  Prisma.raw(values.map((v) => (/^[A-Z_]+$/.test(v) ? `'${v}'` : "NULL")).join(", "));
const TERMINALS = literals(TERMINAL_CATEGORIES);
const DISPLAYS = literals(INTERACTIVE_DISPLAY_CATEGORIES);

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The day before which a terminal is more than 5 years old. */
export function fiveYearsBefore(today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear() - 5, today.getUTCMonth(), today.getUTCDate()));
}

const PUBLIC_OPEN = Prisma.sql`e."secteur" = 'PUBLIC' AND e."etat" = 'OUVERT'`;

interface CountsSqlRow {
  id: string;
  uai: string;
  name: string;
  commune_name: string;
  departement_code: string;
  departement_name: string;
  collectivite_id: string;
  rentree: number | null;
  total: number | null;
  source: string | null;
  terminaux: bigint;
  terminaux_dates: bigint;
  terminaux_anciens: bigint;
  affichages: bigint;
  videoprojecteurs: bigint;
  classes_mobiles: bigint;
  bornes_wifi: bigint;
}

export interface CollegeCountsOptions {
  now?: Date;
  anySector?: boolean;
  /** The rentrée whose effectifs the ratios use (a collège without one is « effectif inconnu »); the latest when absent. */
  rentree?: number | null;
}

/**
 * Per collège, its equipment in service counted in SQL (one aggregate per collège) and its
 * effectif (the latest, or that of `rentree`). Bypasses the access context: `where` (on the
 * établissement alias `e`) must carry the caller's scope. Open public collèges only unless `anySector`.
 */
export async function unsafeCollegeCounts(
  where: Prisma.Sql,
  options: CollegeCountsOptions = {},
): Promise<CollegeCounts[]> {
  const cutoff = isoDay(fiveYearsBefore(todayInParis(options.now)));
  const colleges = options.anySector ? Prisma.sql`TRUE` : PUBLIC_OPEN;
  // One aggregate per collège (LATERAL): each probes the equipment index of its collège. A GROUP BY
  // over the equipment joined to the perimeter's collèges made PostgreSQL scan the whole national
  // table (250 ms for the Nord at 2.8 M rows, against 20 ms this way).
  const rows = await db.$queryRaw<CountsSqlRow[]>`
    SELECT e."id", e."uai", e."name", e."communeName" AS commune_name, e."departementCode" AS departement_code,
      d."name" AS departement_name, e."collectiviteId" AS collectivite_id, f."rentree", f."total", f."source",
      c.terminaux, c.terminaux_dates, c.terminaux_anciens, c.affichages, c.videoprojecteurs, c.classes_mobiles, c.bornes_wifi
    FROM "Etablissement" e
    JOIN "Departement" d ON d."code" = e."departementCode"
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE q."category" IN (${TERMINALS})) AS terminaux,
        count(*) FILTER (WHERE q."category" IN (${TERMINALS}) AND q."acquiredOn" IS NOT NULL) AS terminaux_dates,
        count(*) FILTER (WHERE q."category" IN (${TERMINALS}) AND q."acquiredOn" < CAST(${cutoff} AS date)) AS terminaux_anciens,
        count(*) FILTER (WHERE q."category" IN (${DISPLAYS})) AS affichages,
        count(*) FILTER (WHERE q."category" = 'VIDEOPROJECTEUR') AS videoprojecteurs,
        count(*) FILTER (WHERE q."category" = 'CLASSE_MOBILE') AS classes_mobiles,
        count(*) FILTER (WHERE q."category" = 'BORNE_WIFI') AS bornes_wifi
      FROM "Equipment" q
      WHERE q."etablissementId" = e."id" AND q."status" = 'EN_SERVICE'
    ) c
    ${effectifJoin("f", Prisma.sql`e."id"`, options.rentree ?? null)}
    WHERE ${colleges} AND ${where}
    ORDER BY e."name", e."uai"`;
  return rows.map((r) => ({
    etablissementId: r.id,
    uai: r.uai,
    name: r.name,
    communeName: r.commune_name,
    departementCode: r.departement_code,
    departementName: r.departement_name,
    collectiviteId: r.collectivite_id,
    effectif:
      r.total === null || r.rentree === null
        ? null
        : { rentree: r.rentree, total: r.total, source: r.source ?? "" },
    terminaux: Number(r.terminaux),
    terminauxDates: Number(r.terminaux_dates),
    terminauxPlus5Ans: Number(r.terminaux_anciens),
    affichages: Number(r.affichages),
    videoprojecteurs: Number(r.videoprojecteurs),
    classesMobiles: Number(r.classes_mobiles),
    bornesWifi: Number(r.bornes_wifi),
  }));
}

/** The collèges of the context's perimeter with their counts (the scope is in the query); `rentree` as unsafeCollegeCounts. */
export function collegeCountsInScope(
  ctx: AccessContext,
  now?: Date,
  options: { rentree?: number | null } = {},
): Promise<CollegeCounts[]> {
  assertCan(ctx, "inventory.read");
  return unsafeCollegeCounts(etablissementScopeSql(ctx, "e"), { now, rentree: options.rentree });
}

/** The rentrées with an effectif for at least one open public collège of the perimeter, newest first (the rentrée filter's choices). */
export async function listEffectifRentrees(ctx: AccessContext): Promise<number[]> {
  assertCan(ctx, "inventory.read");
  const rows = await db.$queryRaw<{ rentree: number }[]>`
    SELECT DISTINCT f."rentree" FROM "Effectif" f JOIN "Etablissement" e ON e."id" = f."etablissementId"
    WHERE ${PUBLIC_OPEN} AND ${etablissementScopeSql(ctx, "e")}
    ORDER BY f."rentree" DESC`;
  return rows.map((r) => Number(r.rentree));
}

export const INDICATOR_SORTS = [
  "name",
  "uai",
  "departement",
  "effectif",
  "terminaux",
  "terminauxPour100",
  "elevesParTerminal",
  "partPlus5Ans",
  "affichagesPour1000",
  "videoprojecteursPour1000",
  "classesMobilesPour1000",
] as const;

export type IndicatorSort = (typeof INDICATOR_SORTS)[number];

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** Search, filters, sort and page of the indicator table, as read from the URL; `rentree` picks the effectifs (else the latest). */
export const indicatorsQuerySchema = z.object({
  q: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()).catch(undefined),
  departement: z
    .preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .regex(/^[0-9AB]{2,3}$/)
        .optional(),
    )
    .catch(undefined),
  rentree: rentreeFilterSchema,
  sort: z.enum(INDICATOR_SORTS).default("name").catch("name"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(10).max(200).default(50).catch(50),
});

export type IndicatorsQuery = z.output<typeof indicatorsQuerySchema>;

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/** Whether a collège matches a search on its name, commune or UAI (accents and case ignored). */
export function matchesSearch(
  row: { uai: string; name: string; communeName: string },
  q: string | undefined,
): boolean {
  if (!q) return true;
  const needle = fold(q);
  return (
    fold(row.name).includes(needle) ||
    fold(row.communeName).includes(needle) ||
    row.uai.toLowerCase().startsWith(needle)
  );
}

const INDICATOR_SORT_VALUE: Record<IndicatorSort, (row: IndicatorRow) => string | number | null> = {
  name: (r) => r.name,
  uai: (r) => r.uai,
  departement: (r) => r.departementCode,
  effectif: (r) => r.effectif?.total ?? null,
  terminaux: (r) => r.terminaux,
  terminauxPour100: (r) => r.indicators.terminauxPour100,
  elevesParTerminal: (r) => r.indicators.elevesParTerminal,
  partPlus5Ans: (r) => r.indicators.partPlus5Ans,
  affichagesPour1000: (r) => r.indicators.affichagesPour1000,
  videoprojecteursPour1000: (r) => r.indicators.videoprojecteursPour1000,
  classesMobilesPour1000: (r) => r.indicators.classesMobilesPour1000,
};

/** Sorts by a value, values that cannot be computed last whatever the direction, then by name. */
export function sortRows<T extends { name: string; uai: string }>(
  rows: readonly T[],
  value: (row: T) => string | number | null,
  dir: "asc" | "desc",
): T[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (va !== vb) {
      const order =
        typeof va === "number" && typeof vb === "number"
          ? va - vb
          : String(va).localeCompare(String(vb), "fr");
      if (order !== 0) return sign * order;
    }
    return a.name.localeCompare(b.name, "fr") || a.uai.localeCompare(b.uai);
  });
}

export const withIndicators = (row: CollegeCounts): IndicatorRow => ({
  ...row,
  indicators: computeIndicators(row, row.effectif?.total ?? null),
});

function departementsOf(rows: readonly CollegeCounts[]): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const row of rows) seen.set(row.departementCode, row.departementName);
  return [...seen]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The collèges of the perimeter, with their indicators, filtered and sorted (every page). */
async function indicatorRows(ctx: AccessContext, query: IndicatorsQuery, now?: Date) {
  const all = (await collegeCountsInScope(ctx, now, { rentree: query.rentree })).map(
    withIndicators,
  );
  const filtered = all.filter(
    (r) =>
      (!query.departement || r.departementCode === query.departement) && matchesSearch(r, query.q),
  );
  return { all, rows: sortRows(filtered, INDICATOR_SORT_VALUE[query.sort], query.dir) };
}

/**
 * The ETIC indicators of the context's perimeter: the aggregate of all its collèges, one per
 * département for an académie, and a page of collèges (search, département, rentrée of the
 * effectifs, sort from the URL).
 */
export async function getInventoryIndicators(ctx: AccessContext, input: unknown, now?: Date) {
  const query = indicatorsQuerySchema.parse(input);
  const { all, rows } = await indicatorRows(ctx, query, now);
  const departements = departementsOf(all);
  const byDepartement =
    ctx.scope.type === "ACADEMIE"
      ? departements.map((d) => ({
          ...d,
          aggregate: aggregateIndicators(all.filter((r) => r.departementCode === d.code)),
        }))
      : [];
  const pageCount = Math.max(1, Math.ceil(rows.length / query.pageSize));
  return {
    total: aggregateIndicators(all),
    byDepartement,
    rows: rows.slice((query.page - 1) * query.pageSize, query.page * query.pageSize),
    rowCount: rows.length,
    pageCount,
    query,
    departements,
    references: NATIONAL_REFERENCES,
  };
}

/**
 * One collège's indicators beside its collectivité's aggregate (what the chef compares with).
 * A collège outside the context's perimeter is NOT_FOUND.
 */
export async function getEtablissementIndicators(ctx: AccessContext, uai: string, now?: Date) {
  assertCan(ctx, "inventory.read");
  const etablissement = await db.etablissement.findFirst({
    where: { AND: [etablissementScopeWhere(ctx), { uai: uai.toUpperCase() }] },
    select: {
      id: true,
      collectiviteId: true,
      collectivite: { select: { code: true, name: true } },
    },
  });
  if (!etablissement) throw new AppError("NOT_FOUND");
  // The collectivité's aggregate is read across its collèges on purpose: only sums leave here.
  const siblings = await unsafeCollegeCounts(
    Prisma.sql`e."collectiviteId" = ${etablissement.collectiviteId}`,
    { now },
  );
  const own =
    siblings.find((r) => r.etablissementId === etablissement.id) ??
    (
      await unsafeCollegeCounts(Prisma.sql`e."id" = ${etablissement.id}`, { now, anySector: true })
    )[0];
  if (!own) throw new AppError("NOT_FOUND");
  return {
    college: withIndicators(own),
    collectivite: { ...etablissement.collectivite, aggregate: aggregateIndicators(siblings) },
    references: NATIONAL_REFERENCES,
  };
}

const round = (value: number | null, digits = 1) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

export const INDICATOR_EXPORT_HEADER = [
  "UAI",
  "Collège",
  "Commune",
  "Département",
  "Rentrée de l'effectif",
  "Élèves",
  "Source de l'effectif",
  "Terminaux en service",
  "Terminaux pour 100 élèves",
  "Élèves par terminal",
  "Terminaux de plus de 5 ans",
  "Terminaux sans date d'acquisition",
  "Part des terminaux de plus de 5 ans (%)",
  "Affichages interactifs (TNI/TBI, VPI, ENI)",
  "Affichages interactifs pour 1 000 élèves",
  "Vidéoprojecteurs",
  "Vidéoprojecteurs pour 1 000 élèves",
  "Classes mobiles",
  "Classes mobiles pour 1 000 élèves",
] as const;

/** Every collège of the perimeter matching the URL's filters, as export rows (not one page). */
export async function exportInventoryIndicators(ctx: AccessContext, input: unknown, now?: Date) {
  const query = indicatorsQuerySchema.parse(input);
  const { rows } = await indicatorRows(ctx, query, now);
  return {
    header: INDICATOR_EXPORT_HEADER,
    rows: rows.map((r) => [
      r.uai,
      r.name,
      r.communeName,
      r.departementCode,
      r.effectif?.rentree ?? null,
      r.effectif?.total ?? null,
      r.effectif?.source ?? null,
      r.terminaux,
      round(r.indicators.terminauxPour100),
      round(r.indicators.elevesParTerminal),
      r.terminauxPlus5Ans,
      r.terminaux - r.terminauxDates,
      round(r.indicators.partPlus5Ans),
      r.affichages,
      round(r.indicators.affichagesPour1000),
      r.videoprojecteurs,
      round(r.indicators.videoprojecteursPour1000),
      r.classesMobiles,
      round(r.indicators.classesMobilesPour1000),
    ]),
  };
}
