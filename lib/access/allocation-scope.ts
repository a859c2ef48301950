import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { sqlColumn } from "@/lib/access/scope-sql";

/**
 * The allocations a context may read, inside every allocation query: a collectivité those it
 * made, a collège those made for it. The rectorat and the platform read none (no allocation.read).
 */
export function allocationScopeWhere(ctx: AccessContext): Prisma.AllocationWhereInput {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return { collectiviteId: ctx.scope.id };
    case "ETABLISSEMENT":
      return { etablissementId: ctx.scope.id };
    case "ACADEMIE":
    case "PLATFORM":
      return { id: { in: [] } };
  }
}

/** allocationScopeWhere as SQL, on the allocation table under `alias`. */
export function allocationScopeSql(ctx: AccessContext, alias: string): Prisma.Sql {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return Prisma.sql`${sqlColumn(alias, "collectiviteId")} = ${ctx.scope.id}`;
    case "ETABLISSEMENT":
      return Prisma.sql`${sqlColumn(alias, "etablissementId")} = ${ctx.scope.id}`;
    case "ACADEMIE":
    case "PLATFORM":
      return Prisma.sql`FALSE`;
  }
}

/** A reader of allocations: allocation.read, in a collectivité or a collège. */
export function assertAllocationReader(ctx: AccessContext): void {
  assertCan(ctx, "allocation.read");
  if (ctx.scope.type !== "COLLECTIVITE" && ctx.scope.type !== "ETABLISSEMENT")
    throw new AppError("FORBIDDEN");
}
