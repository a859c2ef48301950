import { Prisma } from "@/lib/generated/prisma/client";

/**
 * `LEFT JOIN LATERAL` of an établissement's pupils, as `alias` with `etablissementId`, `rentree`,
 * `total`, `source`: those of `rentree`, or without one its latest known rentrée. One probe of the
 * `Effectif` primary key per établissement: a CTE with DISTINCT ON would sort every effectif of
 * France at each request, since PostgreSQL cannot push the join into it.
 */
export function effectifJoin(
  alias: string,
  etablissementId: Prisma.Sql,
  rentree: number | null = null,
): Prisma.Sql {
  const year = rentree === null ? Prisma.empty : Prisma.sql`AND x."rentree" = ${rentree}::int`;
  return Prisma.sql`LEFT JOIN LATERAL (
    SELECT x."etablissementId", x."rentree", x."total", x."source" FROM "Effectif" x
    WHERE x."etablissementId" = ${etablissementId} ${year}
    ORDER BY x."rentree" DESC LIMIT 1
  ) ${Prisma.raw(alias)} ON TRUE`;
}
