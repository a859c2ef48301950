import { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";
import { inSectorsSql, sqlColumn } from "@/lib/access/scope-sql";

/**
 * The equipment a context may see, to put inside every equipment query: a collectivité the
 * equipment it owns (a technician that of the collèges of their secteurs), an académie the equipment of its collèges across collectivités, an
 * établissement its own. The platform has no inventory.
 */
export function equipmentScopeWhere(ctx: AccessContext): Prisma.EquipmentWhereInput {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return ctx.sectorIds
        ? { collectiviteId: ctx.scope.id, etablissement: { sectorId: { in: [...ctx.sectorIds] } } }
        : { collectiviteId: ctx.scope.id };
    case "ACADEMIE":
      return { etablissement: { academieCode: ctx.scope.code } };
    case "ETABLISSEMENT":
      return { etablissementId: ctx.scope.id };
    case "PLATFORM":
      return { id: { in: [] } };
  }
}

/** equipmentScopeWhere as SQL, on the equipment table under `alias` alone (no join needed). */
export function equipmentScopeSql(ctx: AccessContext, alias: string): Prisma.Sql {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return ctx.sectorIds
        ? Prisma.sql`${sqlColumn(alias, "collectiviteId")} = ${ctx.scope.id} AND ${inSectorsSql(alias, ctx.sectorIds)}`
        : Prisma.sql`${sqlColumn(alias, "collectiviteId")} = ${ctx.scope.id}`;
    case "ACADEMIE":
      return Prisma.sql`${sqlColumn(alias, "etablissementId")} IN (SELECT "id" FROM "Etablissement" WHERE "academieCode" = ${ctx.scope.code})`;
    case "ETABLISSEMENT":
      return Prisma.sql`${sqlColumn(alias, "etablissementId")} = ${ctx.scope.id}`;
    case "PLATFORM":
      return Prisma.sql`FALSE`;
  }
}
