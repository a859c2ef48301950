// The ETIC indicators' arithmetic, pure: counts per collège in, ratios and aggregates out.

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

/** No equipment: the start of a sum, and the base of a test's counts. */
export const zeroCounts = (): EquipmentCounts => ({
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
