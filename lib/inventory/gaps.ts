import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { sortRows, type CollegeCounts } from "@/lib/inventory/indicator-math";
import { matchesSearch } from "@/lib/inventory/indicators-query";
import {
  collegeCountsInScope,
  collegeExport,
  unsafeCollegeCounts,
} from "@/lib/inventory/college-counts";
import { loadReferentials, type Referential } from "@/lib/inventory/referential";
import { keysOf, omit } from "@/lib/objects";
import { pageCountOf } from "@/lib/pagination";
import { GAP_SORT_VALUE, gapsQuerySchema, type GapsQuery } from "@/lib/inventory/gaps-query";

export const GAP_TARGET_LABELS = {
  terminaux: "Terminaux",
  affichages: "Affichages interactifs",
  classesMobiles: "Classes mobiles",
  bornesWifi: "Bornes Wi-Fi",
};
export type GapTarget = keyof typeof GAP_TARGET_LABELS;
export const GAP_TARGETS = keysOf(GAP_TARGET_LABELS);

/** The same, inside a sentence. */
export const GAP_TARGET_NOUNS: Record<GapTarget, string> = {
  terminaux: "terminaux",
  affichages: "affichages interactifs",
  classesMobiles: "classes mobiles",
  bornesWifi: "bornes Wi-Fi",
};

/** What a missing unit of each target is priced at, from the référentiel's unit costs. */
export const GAP_COST_CATEGORY: Record<GapTarget, EquipmentCategory> = {
  terminaux: "POSTE_FIXE",
  affichages: "ENI",
  classesMobiles: "CLASSE_MOBILE",
  bornesWifi: "BORNE_WIFI",
};

export interface GapLine {
  target: GapTarget;
  required: number;
  actual: number;
  missing: number;
  excess: number;
  unitCostCents: number;
  missingCostCents: number;
}

export interface GapResult {
  /** Classrooms estimated from the pupils: ceil(effectif / élèves par salle). */
  salles: number;
  lines: Record<GapTarget, GapLine>;
  missingCostCents: number;
  /** Something is missing to meet the référentiel. */
  enEcart: boolean;
}

/** Rounds up, forgiving the float noise of a product like 10 × 1.1 (11.000000000000002 is 11). */
const ceil = (value: number) => Math.ceil(Math.round(value * 1e6) / 1e6);

/**
 * What a collège needs to meet its collectivité's référentiel, what it lacks and what it has beyond
 * it, from its pupils and its equipment in service. Null when the pupils are unknown.
 */
export function computeGaps(
  counts: Pick<CollegeCounts, "terminaux" | "affichages" | "classesMobiles" | "bornesWifi">,
  effectif: number | null,
  referential: Pick<Referential, "targets" | "rules">,
): GapResult | null {
  if (effectif === null || effectif < 0) return null;
  const t = referential.targets;
  const salles = ceil(effectif / t.elevesParSalle);
  const required: Record<GapTarget, number> = {
    terminaux: ceil(effectif / t.elevesParTerminal),
    affichages: ceil(salles * t.affichagesParSalle),
    classesMobiles: t.classesMobilesParCollege,
    bornesWifi: ceil(salles * t.bornesWifiParSalle),
  };
  const lines = Object.fromEntries(
    GAP_TARGETS.map((target) => {
      const actual = counts[target];
      const missing = Math.max(0, required[target] - actual);
      const unitCostCents = referential.rules[GAP_COST_CATEGORY[target]].unitCostCents;
      const line: GapLine = {
        target,
        required: required[target],
        actual,
        missing,
        excess: Math.max(0, actual - required[target]),
        unitCostCents,
        missingCostCents: missing * unitCostCents,
      };
      return [target, line];
    }),
  ) as Record<GapTarget, GapLine>;
  const missingCostCents = GAP_TARGETS.reduce(
    (sum, target) => sum + lines[target].missingCostCents,
    0,
  );
  return {
    salles,
    lines,
    missingCostCents,
    enEcart: GAP_TARGETS.some((target) => lines[target].missing > 0),
  };
}

export type GapRow = Omit<
  CollegeCounts,
  "terminauxDates" | "terminauxPlus5Ans" | "videoprojecteurs"
> & { gaps: GapResult | null };

export interface GapTotals {
  colleges: number;
  /** Collèges without a known effectif: listed, not measured. */
  nonCalculables: number;
  enEcart: number;
  lines: Record<GapTarget, Omit<GapLine, "target" | "unitCostCents">>;
  missingCostCents: number;
}

/** Sums over the rows that could be measured. */
export function totalGaps(rows: readonly { gaps: GapResult | null }[]): GapTotals {
  const lines = Object.fromEntries(
    GAP_TARGETS.map((t) => [
      t,
      { required: 0, actual: 0, missing: 0, excess: 0, missingCostCents: 0 },
    ]),
  ) as GapTotals["lines"];
  let nonCalculables = 0;
  let enEcart = 0;
  let missingCostCents = 0;
  for (const row of rows) {
    if (!row.gaps) {
      nonCalculables += 1;
      continue;
    }
    if (row.gaps.enEcart) enEcart += 1;
    missingCostCents += row.gaps.missingCostCents;
    for (const t of GAP_TARGETS) {
      const line = row.gaps.lines[t];
      lines[t].required += line.required;
      lines[t].actual += line.actual;
      lines[t].missing += line.missing;
      lines[t].excess += line.excess;
      lines[t].missingCostCents += line.missingCostCents;
    }
  }
  return { colleges: rows.length, nonCalculables, enEcart, lines, missingCostCents };
}

async function measure(rows: readonly CollegeCounts[]): Promise<GapRow[]> {
  const referentials = await loadReferentials(
    db,
    rows.map((r) => r.collectiviteId),
  );
  return rows.map((counts) => {
    const row = omit(counts, "terminauxDates", "terminauxPlus5Ans", "videoprojecteurs");
    return {
      ...row,
      gaps: computeGaps(row, row.effectif?.total ?? null, referentials.get(row.collectiviteId)!),
    };
  });
}

/** Every collège of the perimeter matching the filters, measured against its collectivité's référentiel, sorted. */
async function gapRows(ctx: AccessContext, query: GapsQuery, now?: Date) {
  const all = await measure(await collegeCountsInScope(ctx, now));
  const rows = all.filter(
    (r) =>
      (!query.departement || r.departementCode === query.departement) &&
      matchesSearch(r, query.q) &&
      (!query.ecart || r.gaps?.enEcart === true),
  );
  return { all, rows: sortRows(rows, GAP_SORT_VALUE[query.sort], query.dir) };
}

function departementsOf(rows: readonly GapRow[]) {
  const seen = new Map<string, string>();
  for (const row of rows) seen.set(row.departementCode, row.departementName);
  return [...seen]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * The gap analysis of the context's perimeter: each collège against its own collectivité's
 * référentiel, a page of rows and the totals of every row matching the filters.
 */
export async function listGaps(ctx: AccessContext, input: unknown, now?: Date) {
  const query = gapsQuerySchema.parse(input);
  const { all, rows } = await gapRows(ctx, query, now);
  return {
    rows: rows.slice((query.page - 1) * query.pageSize, query.page * query.pageSize),
    rowCount: rows.length,
    pageCount: pageCountOf(rows.length, query.pageSize),
    totals: totalGaps(rows),
    /** Collèges of the whole perimeter without a known effectif, whatever the filters. */
    nonCalculablesPerimetre: all.filter((r) => !r.gaps).length,
    departements: departementsOf(all),
    query,
  };
}

/** One collège's gaps against its collectivité's référentiel; outside the perimeter, NOT_FOUND. */
export async function getEtablissementGaps(ctx: AccessContext, uai: string, now?: Date) {
  assertCan(ctx, "inventory.read");
  const etablissement = await db.etablissement.findFirst({
    where: { AND: [etablissementScopeWhere(ctx), { uai: uai.toUpperCase() }] },
    select: { id: true, collectivite: { select: { code: true, name: true } } },
  });
  if (!etablissement) throw new AppError("NOT_FOUND");
  const row = await unsafeEtablissementGaps(etablissement.id, now);
  if (!row) throw new AppError("NOT_FOUND");
  return { row, collectivite: etablissement.collectivite };
}

/**
 * The same measure by the collège's id, for a caller that has already checked its scope (a
 * convention's annual review) or runs from the command line (the demo seed).
 */
export async function unsafeEtablissementGaps(
  etablissementId: string,
  now?: Date,
): Promise<GapRow | null> {
  const [row] = await unsafeCollegesGaps([etablissementId], now);
  return row ?? null;
}

/** The same measure for several collèges by id (the collèges a convention-cadre's review covers). */
export async function unsafeCollegesGaps(
  etablissementIds: readonly string[],
  now?: Date,
): Promise<GapRow[]> {
  if (etablissementIds.length === 0) return [];
  const counts = await unsafeCollegeCounts(
    Prisma.sql`e."id" = ANY(${[...etablissementIds]}::text[])`,
    { now, anySector: true },
  );
  return measure(counts);
}

const euros = (cents: number | undefined) => (cents === undefined ? null : cents / 100);

/** The gap export's own columns, after the collège's. */
const GAP_COLUMNS = [
  "Salles estimées",
  ...GAP_TARGETS.flatMap((t) => [
    `${GAP_TARGET_LABELS[t]} requis`,
    `${GAP_TARGET_LABELS[t]} en service`,
    `${GAP_TARGET_LABELS[t]} manquants`,
    `${GAP_TARGET_LABELS[t]} au-delà`,
  ]),
  "Coût estimé du manque (€)",
] as const;

/** Every collège matching the URL's filters, as export rows (not one page). */
export async function exportGaps(ctx: AccessContext, input: unknown, now?: Date) {
  const query = gapsQuerySchema.parse(input);
  const { rows } = await gapRows(ctx, query, now);
  return collegeExport(GAP_COLUMNS, rows, (r) => [
    r.gaps?.salles ?? null,
    ...GAP_TARGETS.flatMap((t) => {
      const line = r.gaps?.lines[t];
      return [line?.required ?? null, r[t], line?.missing ?? null, line?.excess ?? null];
    }),
    euros(r.gaps?.missingCostCents),
  ]);
}
