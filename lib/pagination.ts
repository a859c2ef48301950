/** The rows of one page of a list, for Prisma's findMany (pages count from 1). */
export function pageWindow(query: { page: number; pageSize: number }): {
  skip: number;
  take: number;
} {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}

/** How many pages `total` rows fill (at least one, so an empty list still has its page). */
export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * One page of a filtered list, with the filter's row count, read together: `findMany` gets the
 * page's skip and take to spread into its query.
 */
export async function findPage<Row, Query extends { page: number; pageSize: number }>(
  query: Query,
  findMany: (window: { skip: number; take: number }) => Promise<Row[]>,
  count: () => Promise<number>,
): Promise<{ items: Row[]; total: number; query: Query; pageCount: number }> {
  const [items, total] = await Promise.all([findMany(pageWindow(query)), count()]);
  return { items, total, query, pageCount: pageCountOf(total, query.pageSize) };
}
