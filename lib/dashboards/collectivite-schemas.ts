import { z } from "zod";
import type { Permission } from "@/lib/access/permissions";
import { rentreeFilterSchema } from "@/lib/inventory/schemas";
import { exerciceFilterSchema, presentValue } from "@/lib/dashboards/url-value";

/*
 * The collectivité dashboard's URL filters and export keys: the exercice of the budget parts, and
 * the rentrée whose effectifs the equipment ratios use (each collège's latest when absent).
 */

/** `?exercice=`: a year between 2000 and 2100, else the current year applies; `?rentree=`: see rentreeFilterSchema. */
export const collectiviteDashboardQuerySchema = z.object({
  exercice: exerciceFilterSchema,
  rentree: rentreeFilterSchema,
});

export type CollectiviteDashboardQuery = z.output<typeof collectiviteDashboardQuerySchema>;

/** Every table the export route serves, with the permission its module needs. */
export const COLLECTIVITE_EXPORT_PERMISSIONS = {
  indicateurs: "inventory.read",
  pyramide: "inventory.read",
  "pyramide-categories": "inventory.read",
  ecarts: "inventory.read",
  renouvellement: "inventory.read",
  equite: "inventory.read",
  carte: "inventory.read",
  conventions: "convention.read",
  campagne: "campaign.read",
  execution: "budget.read",
  "budget-categories": "budget.read",
  eleve: "budget.read",
  ap: "budget.read",
} as const satisfies Record<string, Permission>;

export type CollectiviteExportKey = keyof typeof COLLECTIVITE_EXPORT_PERMISSIONS;

export const COLLECTIVITE_EXPORT_KEYS = Object.keys(COLLECTIVITE_EXPORT_PERMISSIONS) as [
  CollectiviteExportKey,
  ...CollectiviteExportKey[],
];

/** `?graphique=` of the export route; anything else is not a table of this dashboard. */
export const collectiviteExportKeySchema = z.preprocess(
  presentValue,
  z.enum(COLLECTIVITE_EXPORT_KEYS),
);
