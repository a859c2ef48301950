import { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";

/**
 * The equipment a context may see, to put inside every equipment query: a collectivité the
 * equipment it owns, an académie the equipment of its collèges across collectivités, an
 * établissement its own. The platform has no inventory.
 */
export function equipmentScopeWhere(ctx: AccessContext): Prisma.EquipmentWhereInput {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return { collectiviteId: ctx.scope.id };
    case "ACADEMIE":
      return { etablissement: { academieCode: ctx.scope.code } };
    case "ETABLISSEMENT":
      return { etablissementId: ctx.scope.id };
    case "PLATFORM":
      return { id: { in: [] } };
  }
}

/**
 * The same perimeter as SQL, on the établissement table under `alias` (raw aggregates join the
 * equipment to its établissement): `alias."collectiviteId" = …`, `alias."academieCode" = …` or
 * `alias.id = …`. The alias comes from code, never from input.
 */
export function etablissementScopeSql(ctx: AccessContext, alias: string): Prisma.Sql {
  if (!/^[a-z_]+$/.test(alias)) throw new Error("etablissementScopeSql: alias invalide");
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return Prisma.sql`${column("collectiviteId")} = ${ctx.scope.id}`;
    case "ACADEMIE":
      return Prisma.sql`${column("academieCode")} = ${ctx.scope.code}`;
    case "ETABLISSEMENT":
      return Prisma.sql`${column("id")} = ${ctx.scope.id}`;
    case "PLATFORM":
      return Prisma.sql`FALSE`;
  }
}

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
