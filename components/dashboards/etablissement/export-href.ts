/** The export route of one chart of the collège dashboard, with the dashboard's filters. */
export function exportHref(
  uai: string,
  key: string,
  filters: Record<string, string | number> = {},
): string {
  const search = new URLSearchParams({ graphique: key });
  for (const [name, value] of Object.entries(filters)) search.set(name, String(value));
  return `/e/${uai}/tableau-de-bord/export?${search.toString()}`;
}
