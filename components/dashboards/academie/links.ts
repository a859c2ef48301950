/*
 * The académie dashboard's links: each figure leads to the list it summarises, with the same
 * département filter where that list has one, and the rentrée of the effectifs where it matters
 * (the dashboard, its exports, the indicator list).
 */

export interface DashboardLinks {
  /** The dashboard's own path, without filters: the action of its GET filter form. */
  base: string;
  /** The dashboard itself, filtered on a département or not, keeping the rentrée. */
  dashboard: (departement?: string) => string;
  /** One chart's export, keeping the page's filters. */
  export: (graphique: string) => string;
  conventions: (tab: string, departement?: string) => string;
  convention: (id: string) => string;
  indicators: (departement?: string) => string;
  colleges: (departement?: string) => string;
  college: (uai: string) => string;
  campaigns: () => string;
  campaignWithoutOpinion: (id: string) => string;
}

function withQuery(
  path: string,
  values: Record<string, string | number | null | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== null && value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** `filteredOn`: the département drilled into; `rentree`: the rentrée of the effectifs, null for the latest. */
export function dashboardLinks(
  base: string,
  filteredOn: string | undefined,
  rentree: number | null = null,
): DashboardLinks {
  return {
    base,
    dashboard: (departement) => withQuery(base, { departement, rentree }),
    export: (graphique) =>
      withQuery(`${base}/tableau-de-bord/export`, { graphique, departement: filteredOn, rentree }),
    conventions: (tab, departement) =>
      withQuery(`${base}/conventions`, { tab: tab === "toutes" ? undefined : tab, departement }),
    convention: (id) => `${base}/conventions/${encodeURIComponent(id)}`,
    indicators: (departement) =>
      withQuery(`${base}/inventaire/indicateurs`, { departement, rentree }),
    colleges: (departement) =>
      withQuery(`${base}/etablissements`, { secteur: "PUBLIC", departement }),
    college: (uai) => `${base}/etablissements/${encodeURIComponent(uai)}`,
    campaigns: () => `${base}/campagnes`,
    campaignWithoutOpinion: (id) =>
      withQuery(`${base}/campagnes/${encodeURIComponent(id)}`, { opinion: "SANS" }),
  };
}
