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
 * A CTE body giving each établissement's latest known pupils: `etablissementId`, `rentree`,
 * `total`, `source`. Use as `WITH effectif AS (${LATEST_EFFECTIF_SQL}) …`.
 */
export const LATEST_EFFECTIF_SQL = Prisma.sql`
  SELECT DISTINCT ON ("etablissementId") "etablissementId", rentree, total, source
  FROM "Effectif"
  ORDER BY "etablissementId", rentree DESC`;
