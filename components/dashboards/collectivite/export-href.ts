import type { CollectiviteExportKey } from "@/lib/dashboards/collectivite-schemas";

type Filters = Record<string, string | number | null | undefined>;

/** A page or list of the collectivité with the filters that are set (`?exercice=…&rentree=…`), absent ones left out. */
export function withFilters(path: string, filters: Filters): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(filters))
    if (value !== null && value !== undefined) search.set(name, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** The export route of one chart of the collectivité dashboard, with the dashboard's filters. */
export function exportHref(
  code: string,
  key: CollectiviteExportKey,
  filters: Filters = {},
): string {
  return withFilters(`/c/${code}/tableau-de-bord/export`, { graphique: key, ...filters });
}
