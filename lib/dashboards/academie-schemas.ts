import { z } from "zod";
import { rentreeFilterSchema } from "@/lib/inventory/schemas";
import { firstValue } from "@/lib/dashboards/url-value";

/*
 * The académie dashboard's URL filters and export keys: the département to drill into, and the
 * rentrée whose effectifs the equipment ratios use (each collège's latest when absent).
 */

/** A département code as the URL may carry it (« 35 », « 2A », « 974 »), or nothing. */
const departementCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9AB]{2,3}$/);

/** `?departement=` as read from the URL: a well-formed code, or `invalid` for anything else given; `?rentree=`: see rentreeFilterSchema. */
export const academieDashboardQuerySchema = z.object({
  departement: z.preprocess(
    firstValue,
    z
      .union([
        z.undefined(),
        z.literal("").transform(() => undefined),
        departementCode,
        z.string().transform(() => "invalid" as const),
      ])
      .catch("invalid"),
  ),
  rentree: rentreeFilterSchema,
});

export type AcademieDashboardQuery = z.output<typeof academieDashboardQuerySchema>;

export interface DepartementRef {
  code: string;
  name: string;
}

/**
 * What the département filter ends up meaning for one académie: none, one of its départements,
 * or a value that names none of them (shown as a French message, never as another académie's data).
 */
export type DepartementFilter =
  | { kind: "all" }
  | { kind: "departement"; code: string; name: string }
  | { kind: "unknown"; message: string };

/** Checks the filter against the académie's own départements (a zod enum built from them). */
export function resolveDepartementFilter(
  input: unknown,
  departements: readonly DepartementRef[],
): DepartementFilter {
  const { departement } = academieDashboardQuerySchema.parse(input ?? {});
  if (departement === undefined) return { kind: "all" };
  const codes = departements.map((d) => d.code);
  const own =
    codes.length > 0 ? z.enum(codes as [string, ...string[]]).safeParse(departement) : null;
  if (departement === "invalid" || !own?.success) {
    const named =
      departement === "invalid" ? "Le département demandé" : `Le département « ${departement} »`;
    return {
      kind: "unknown",
      message: `${named} ne fait pas partie de l'académie : les chiffres ci-dessous portent sur tous ses départements.`,
    };
  }
  const found = departements.find((d) => d.code === own.data)!;
  return { kind: "departement", code: found.code, name: found.name };
}

/** The charts (and the summary table) the export route serves, one key each. */
export const ACADEMIE_CHART_KEYS = [
  "departements",
  "couverture",
  "signatures",
  "terminaux",
  "anciennete",
  "affichages",
  "besoins",
  "colleges",
] as const;
export type AcademieChartKey = (typeof ACADEMIE_CHART_KEYS)[number];

export const academieExportQuerySchema = z.object({
  graphique: z.preprocess(firstValue, z.enum(ACADEMIE_CHART_KEYS).optional().catch(undefined)),
});
