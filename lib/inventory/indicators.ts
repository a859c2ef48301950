import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { NATIONAL_REFERENCES } from "@/lib/inventory/national-references";
import {
  aggregateIndicators,
  sortRows,
  withIndicators,
  type CollegeCounts,
} from "@/lib/inventory/indicator-math";
import {
  collegeCountsInScope,
  collegeExport,
  unsafeCollegeCounts,
} from "@/lib/inventory/college-counts";
import {
  INDICATOR_SORT_VALUE,
  indicatorsQuerySchema,
  matchesSearch,
  type IndicatorsQuery,
} from "@/lib/inventory/indicators-query";

import { pageCountOf } from "@/lib/pagination";

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
  const pageCount = pageCountOf(rows.length, query.pageSize);
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

/** The indicator export's own columns, after the collège's. */
const INDICATOR_COLUMNS = [
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
  return collegeExport(INDICATOR_COLUMNS, rows, (r) => [
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
  ]);
}
