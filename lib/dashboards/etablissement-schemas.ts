import { z } from "zod";
import { exerciceFilterSchema, presentValue } from "@/lib/dashboards/url-value";

/**
 * The collège dashboard's filters, as read from the URL: the exercice of the allocations. A value
 * that is not a year between 2000 and 2100 is dropped, and the allocations' default applies.
 */
export const etablissementDashboardQuerySchema = z.object({
  exercice: exerciceFilterSchema,
});

export type EtablissementDashboardQuery = z.output<typeof etablissementDashboardQuerySchema>;

/** What the export route serves, one table per chart (and the responsibility matrix). */
export const ETABLISSEMENT_EXPORT_KEYS = [
  "equipements",
  "anciennete",
  "referentiel",
  "dotations",
  "matrice",
] as const;
export type EtablissementExportKey = (typeof ETABLISSEMENT_EXPORT_KEYS)[number];

/** `?graphique=` of the export route; anything else is not a table of this dashboard. */
export const etablissementExportKeySchema = z.preprocess(
  presentValue,
  z.enum(ETABLISSEMENT_EXPORT_KEYS),
);
