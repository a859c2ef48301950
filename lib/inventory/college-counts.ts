import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { todayInParis } from "@/lib/dates";
import { effectifJoin } from "@/lib/inventory/scope";
import { etablissementScopeSql } from "@/lib/access/scope-sql";
import { INTERACTIVE_DISPLAY_CATEGORIES, TERMINAL_CATEGORIES } from "@/lib/inventory/labels";
import type { CollegeCounts } from "@/lib/inventory/indicator-math";

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
 * The statement of unsafeCollegeCounts: per collège, its equipment in service counted in one
 * aggregate and its effectif. `where` (on the établissement alias `e`) carries the scope; the
 * benchmark's bare-SQL floor runs it too.
 */
export function collegeCountsSql(
  where: Prisma.Sql,
  options: CollegeCountsOptions = {},
): Prisma.Sql {
  const cutoff = isoDay(fiveYearsBefore(todayInParis(options.now)));
  const colleges = options.anySector ? Prisma.sql`TRUE` : PUBLIC_OPEN;
  // One aggregate per collège (LATERAL): each probes the equipment index of its collège. A GROUP BY
  // over the equipment joined to the perimeter's collèges made PostgreSQL scan the whole national
  // table (250 ms for the Nord at 2.8 M rows, against 20 ms this way).
  return Prisma.sql`
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
  const rows = await db.$queryRaw<CountsSqlRow[]>(collegeCountsSql(where, options));
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

/** The rentrées with an effectif in the context's perimeter (listEffectifRentrees's statement). */
export function effectifRentreesSql(ctx: AccessContext): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT f."rentree" FROM "Effectif" f JOIN "Etablissement" e ON e."id" = f."etablissementId"
    WHERE ${PUBLIC_OPEN} AND ${etablissementScopeSql(ctx, "e")}
    ORDER BY f."rentree" DESC`;
}

/** The rentrées with an effectif for at least one open public collège of the perimeter, newest first (the rentrée filter's choices). */
export async function listEffectifRentrees(ctx: AccessContext): Promise<number[]> {
  assertCan(ctx, "inventory.read");
  const rows = await db.$queryRaw<{ rentree: number }[]>(effectifRentreesSql(ctx));
  return rows.map((r) => Number(r.rentree));
}

/** The first columns of a collège export, the header of collegeExportCells. */
export const COLLEGE_EXPORT_HEADER = [
  "UAI",
  "Collège",
  "Commune",
  "Département",
  "Rentrée de l'effectif",
  "Élèves",
  "Source de l'effectif",
] as const;

/** The first cells of a collège's export row: the collège, its département and its effectif. */
export function collegeExportCells(
  r: Pick<CollegeCounts, "uai" | "name" | "communeName" | "departementCode" | "effectif">,
): (string | number | null)[] {
  return [
    r.uai,
    r.name,
    r.communeName,
    r.departementCode,
    r.effectif?.rentree ?? null,
    r.effectif?.total ?? null,
    r.effectif?.source ?? null,
  ];
}

/** An export of collège rows (not one page): the collège's columns, then the table's own. */
export function collegeExport<R extends Parameters<typeof collegeExportCells>[0]>(
  header: readonly string[],
  rows: readonly R[],
  cells: (row: R) => (string | number | null)[],
) {
  return {
    header: [...COLLEGE_EXPORT_HEADER, ...header],
    rows: rows.map((r) => [...collegeExportCells(r), ...cells(r)]),
  };
}
