import "server-only";
import { db } from "@/lib/db/client";
import type { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { todayInParis } from "@/lib/dates";
import {
  EQUIPMENT_CATEGORIES,
  INTERACTIVE_DISPLAY_CATEGORIES,
  TERMINAL_CATEGORIES,
} from "@/lib/inventory/labels";
import { equipmentScopeSql } from "@/lib/access/equipment-scope";

/** Age bands of the fleet, in whole years since acquisition; the last one is open. */
export const AGE_BANDS = [
  { key: "moins1", label: "Moins d'un an", fromYears: 0 },
  { key: "1a2", label: "1 à 2 ans", fromYears: 1 },
  { key: "3a4", label: "3 à 4 ans", fromYears: 3 },
  { key: "5a6", label: "5 à 6 ans", fromYears: 5 },
  { key: "7a9", label: "7 à 9 ans", fromYears: 7 },
  { key: "10plus", label: "10 ans et plus", fromYears: 10 },
] as const;

export const UNKNOWN_AGE = { key: "inconnu", label: "Date d'acquisition inconnue" } as const;

export type AgeBandKey = (typeof AGE_BANDS)[number]["key"] | typeof UNKNOWN_AGE.key;

/** Every column of the pyramid, dated bands first. */
export const AGE_COLUMNS: readonly { key: AgeBandKey; label: string }[] = [
  ...AGE_BANDS,
  UNKNOWN_AGE,
];

/** The band of an age in whole years; an acquisition dated after today counts as new. */
export function ageBandOf(years: number | null): AgeBandKey {
  if (years === null) return UNKNOWN_AGE.key;
  let band: AgeBandKey = AGE_BANDS[0].key;
  for (const b of AGE_BANDS) if (years >= b.fromYears) band = b.key;
  return band;
}

/** Four families of categories: more bars than that in one chart cannot be told apart by pattern. */
export const EQUIPMENT_FAMILIES = [
  { key: "terminaux", label: "Terminaux", categories: TERMINAL_CATEGORIES },
  {
    key: "affichage",
    label: "Affichage et projection",
    categories: [...INTERACTIVE_DISPLAY_CATEGORIES, "VIDEOPROJECTEUR"],
  },
  {
    key: "reseau",
    label: "Réseau et serveurs",
    categories: ["SERVEUR", "BORNE_WIFI", "COMMUTATEUR", "TELEPHONIE_IP"],
  },
  {
    key: "autres",
    label: "Autres équipements",
    categories: ["CLASSE_MOBILE", "IMPRIMANTE", "LICENCE_MDM", "RECHANGE", "AUTRE"],
  },
] as const satisfies readonly {
  key: string;
  label: string;
  categories: readonly EquipmentCategory[];
}[];

export type FamilyKey = (typeof EQUIPMENT_FAMILIES)[number]["key"];

export function familyOf(category: EquipmentCategory): FamilyKey {
  return (
    EQUIPMENT_FAMILIES.find((f) =>
      (f.categories as readonly EquipmentCategory[]).includes(category),
    )?.key ?? "autres"
  );
}

export type BandCounts = Record<AgeBandKey, number>;

export interface AgePyramid {
  /** The day ages are counted to (Paris). */
  today: Date;
  byCategory: { category: EquipmentCategory; counts: BandCounts; total: number }[];
  byFamily: { family: FamilyKey; label: string; counts: BandCounts; total: number }[];
  totals: BandCounts;
  total: number;
}

const zeroCounts = (): BandCounts =>
  Object.fromEntries(AGE_COLUMNS.map((c) => [c.key, 0])) as BandCounts;
const sum = (counts: BandCounts) => AGE_COLUMNS.reduce((total, c) => total + counts[c.key], 0);

/**
 * The equipment in service of the context's perimeter per category and age band: one GROUP BY on
 * category × whole years of age in the database; the few hundred groups are then put in bands by
 * ageBandOf, the one definition of the bands.
 */
export async function getAgePyramid(
  ctx: AccessContext,
  now: Date = new Date(),
): Promise<AgePyramid> {
  assertCan(ctx, "inventory.read");
  const today = todayInParis(now);
  const day = today.toISOString().slice(0, 10);
  const groups = await db.$queryRaw<
    { category: EquipmentCategory; years: number | null; count: number }[]
  >`
    SELECT q."category"::text AS "category", date_part('year', age(CAST(${day} AS date), q."acquiredOn"))::int AS "years", count(*)::int AS "count"
    FROM "Equipment" q
    WHERE q."status" = 'EN_SERVICE' AND ${equipmentScopeSql(ctx, "q")}
    GROUP BY 1, 2`;
  const perCategory = new Map<EquipmentCategory, BandCounts>();
  const totals = zeroCounts();
  for (const g of groups) {
    const band = ageBandOf(g.years);
    if (!perCategory.has(g.category)) perCategory.set(g.category, zeroCounts());
    perCategory.get(g.category)![band] += g.count;
    totals[band] += g.count;
  }
  const byCategory = EQUIPMENT_CATEGORIES.filter((c) => perCategory.has(c)).map((category) => {
    const counts = perCategory.get(category)!;
    return { category, counts, total: sum(counts) };
  });
  const byFamily = EQUIPMENT_FAMILIES.map((f) => {
    const counts = zeroCounts();
    for (const row of byCategory)
      if (familyOf(row.category) === f.key)
        for (const c of AGE_COLUMNS) counts[c.key] += row.counts[c.key];
    return { family: f.key, label: f.label, counts, total: sum(counts) };
  });
  return { today, byCategory, byFamily, totals, total: sum(totals) };
}
