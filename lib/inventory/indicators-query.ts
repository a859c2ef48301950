import { z } from "zod";
import { pageSchema } from "@/lib/schema-fields";
import {
  departementFilterSchema,
  rentreeFilterSchema,
  searchFilterSchema,
} from "@/lib/inventory/schemas";
import type { IndicatorRow } from "@/lib/inventory/indicator-math";

// The indicator table's URL: search, filters, sort and page.

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

/** Search, filters, sort and page of the indicator table, as read from the URL; `rentree` picks the effectifs (else the latest). */
export const indicatorsQuerySchema = z.object({
  q: searchFilterSchema,
  departement: departementFilterSchema,
  rentree: rentreeFilterSchema,
  sort: z.enum(INDICATOR_SORTS).default("name").catch("name"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: pageSchema,
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

export const INDICATOR_SORT_VALUE: Record<
  IndicatorSort,
  (row: IndicatorRow) => string | number | null
> = {
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
