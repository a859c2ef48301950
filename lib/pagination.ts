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
