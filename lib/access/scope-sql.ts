import { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";

/** `alias."name"` for a table alias written in code (never from input): anything else throws. */
export function sqlColumn(alias: string, name: string): Prisma.Sql {
  if (!/^[a-z_]+$/.test(alias)) throw new Error(`alias SQL invalide : ${alias}`);
  return Prisma.raw(`${alias}."${name}"`);
}

/**
 * etablissementScopeWhere as SQL, on the établissement table under `alias` (raw aggregates join
 * their rows to the établissement): the same rows, the platform's included (all of them).
 */
export function etablissementScopeSql(ctx: AccessContext, alias: string): Prisma.Sql {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return ctx.sectorIds
        ? Prisma.sql`${sqlColumn(alias, "collectiviteId")} = ${ctx.scope.id} AND ${sqlColumn(alias, "sectorId")} = ANY(${[...ctx.sectorIds]}::text[])`
        : Prisma.sql`${sqlColumn(alias, "collectiviteId")} = ${ctx.scope.id}`;
    case "ACADEMIE":
      return Prisma.sql`${sqlColumn(alias, "academieCode")} = ${ctx.scope.code}`;
    case "ETABLISSEMENT":
      return Prisma.sql`${sqlColumn(alias, "id")} = ${ctx.scope.id}`;
    case "PLATFORM":
      return Prisma.sql`TRUE`;
  }
}

/** `alias."etablissementId"` among the collèges of these secteurs (a technician's context). */
export function inSectorsSql(alias: string, sectorIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`${sqlColumn(alias, "etablissementId")} IN (SELECT "id" FROM "Etablissement" WHERE "sectorId" = ANY(${[...sectorIds]}::text[]))`;
}

/**
 * The incidents a context may see, on the incident table under `alias` (it carries the collège's
 * collectivité, académie and établissement): a collectivité its collèges' (a technician those of
 * their secteurs), an académie its collèges', an établissement its own. The platform handles none.
 */
export function incidentScopeSql(ctx: AccessContext, alias: string): Prisma.Sql {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return ctx.sectorIds
        ? Prisma.sql`${sqlColumn(alias, "collectiviteId")} = ${ctx.scope.id} AND ${inSectorsSql(alias, ctx.sectorIds)}`
        : Prisma.sql`${sqlColumn(alias, "collectiviteId")} = ${ctx.scope.id}`;
    case "ACADEMIE":
      return Prisma.sql`${sqlColumn(alias, "academieCode")} = ${ctx.scope.code}`;
    case "ETABLISSEMENT":
      return Prisma.sql`${sqlColumn(alias, "etablissementId")} = ${ctx.scope.id}`;
    case "PLATFORM":
      return Prisma.sql`FALSE`;
  }
}
