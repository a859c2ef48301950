export type QueryValues = Record<string, string | number | undefined>;

/** `base?query`, leaving out empty values (a filter left at « Tous » adds nothing to the URL). */
export function hrefWithQuery(base: string, values: QueryValues): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `${base}?${text}` : base;
}

export type ListHref = (overrides: QueryValues, base?: string) => string;

/**
 * The links of a list page: its current filters, sort and page (given with their defaults left
 * out) with some overridden, on the list's URL or another one (its export route).
 */
export function listHrefs(listHref: string, current: QueryValues): ListHref {
  return (overrides, base = listHref) => hrefWithQuery(base, { ...current, ...overrides });
}
