import { formatInteger, plural } from "@/lib/format";
import { listHrefs, type ListHref, type QueryValues } from "@/components/ui/list-href";
import type { SortableQuery } from "@/components/ui/sort-header";

export interface ListPageQuery extends SortableQuery {
  page: number;
}

/**
 * The links of a sortable, paginated list: its filters, then the sort, the direction and the
 * page, each left out of the URL at its default (`defaultSort`, `defaultDir`, page 1).
 */
export function sortedListHrefs(
  listHref: string,
  query: ListPageQuery,
  defaultSort: string,
  filters: QueryValues,
  defaultDir: ListPageQuery["dir"] = "asc",
): ListHref {
  return listHrefs(listHref, {
    ...filters,
    sort: query.sort === defaultSort ? undefined : query.sort,
    dir: query.dir === defaultDir ? undefined : query.dir,
    page: query.page === 1 ? undefined : query.page,
  });
}

/**
 * DataTable's sort links, export links and pagination for such a list: the export (every page of
 * the filter, at `${listHref}/export`) is offered when the list has rows.
 */
export function listTableLinks({
  listHref,
  href,
  query,
  pageCount,
  total,
  what,
}: {
  listHref: string;
  href: ListHref;
  query: ListPageQuery;
  pageCount: number;
  total: number;
  /** What the export links download: « ces 12 équipements ». */
  what: string;
}) {
  return {
    sort: { query, href },
    exports:
      total > 0 ? { href: href({ page: undefined }, `${listHref}/export`), what } : undefined,
    pagination: {
      page: query.page,
      pageCount,
      href: (page: number) => href({ page: page === 1 ? undefined : page }),
    },
  };
}

/** The status line of a paginated list: « 12 équipements — page 1 sur 2 ». */
export function pageStatus(count: string, page: number, pageCount: number): string {
  return `${count} — page ${formatInteger(page)} sur ${formatInteger(pageCount)}`;
}

/**
 * The status line of a paginated list of `noun`s: `empty` when nothing matches, else
 * « 12 équipements — page 1 sur 2 ».
 */
export function listStatus({
  total,
  noun,
  empty,
  page,
  pageCount,
}: {
  total: number;
  noun: string;
  empty: string;
  page: number;
  pageCount: number;
}): string {
  return total === 0 ? empty : pageStatus(plural(total, noun), page, pageCount);
}
