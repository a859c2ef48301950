import { z } from "zod";
import { emptyToUndefined, pageSchema } from "@/lib/schema-fields";
import { departementFilterSchema, searchFilterSchema } from "@/lib/inventory/schemas";
import type { GapRow } from "@/lib/inventory/gaps";

// The gap table's URL: search, filters, sort and page.

export const GAP_SORTS = [
  "cout",
  "name",
  "uai",
  "departement",
  "effectif",
  "terminaux",
  "affichages",
  "classesMobiles",
  "bornesWifi",
] as const;
export type GapSort = (typeof GAP_SORTS)[number];

/** Filters, sort and page of the gap analysis, as read from the URL. Default: the costliest gaps first. */
export const gapsQuerySchema = z
  .object({
    q: searchFilterSchema,
    departement: departementFilterSchema,
    ecart: z.preprocess(emptyToUndefined, z.enum(["1"]).optional()).catch(undefined),
    sort: z.enum(GAP_SORTS).default("cout").catch("cout"),
    dir: z.preprocess(emptyToUndefined, z.enum(["asc", "desc"]).optional()).catch(undefined),
    page: pageSchema,
    pageSize: z.coerce.number().int().min(10).max(200).default(50).catch(50),
  })
  // The cost reads best from the largest; names and codes from A.
  .transform((q) => ({
    ...q,
    dir: q.dir ?? (q.sort === "cout" ? ("desc" as const) : ("asc" as const)),
  }));

export type GapsQuery = z.output<typeof gapsQuerySchema>;

export const GAP_SORT_VALUE: Record<GapSort, (row: GapRow) => string | number | null> = {
  cout: (r) => r.gaps?.missingCostCents ?? null,
  name: (r) => r.name,
  uai: (r) => r.uai,
  departement: (r) => r.departementCode,
  effectif: (r) => r.effectif?.total ?? null,
  terminaux: (r) => r.gaps?.lines.terminaux.missing ?? null,
  affichages: (r) => r.gaps?.lines.affichages.missing ?? null,
  classesMobiles: (r) => r.gaps?.lines.classesMobiles.missing ?? null,
  bornesWifi: (r) => r.gaps?.lines.bornesWifi.missing ?? null,
};
