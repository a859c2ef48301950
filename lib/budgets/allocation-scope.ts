import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";

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

/** The same perimeter as SQL on the allocation table under `alias` (from code, never from input). */
export function allocationScopeSql(ctx: AccessContext, alias: string): Prisma.Sql {
  if (!/^[a-z_]+$/.test(alias)) throw new Error("allocationScopeSql: alias invalide");
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return Prisma.sql`${column("collectiviteId")} = ${ctx.scope.id}`;
    case "ETABLISSEMENT":
      return Prisma.sql`${column("etablissementId")} = ${ctx.scope.id}`;
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

/** The collectivité of a member who may write its allocations (budget.write). */
export function assertAllocationWriter(ctx: AccessContext): { id: string; code: string } {
  assertCan(ctx, "budget.write");
  if (ctx.scope.type !== "COLLECTIVITE") throw new AppError("FORBIDDEN");
  return { id: ctx.scope.id, code: ctx.scope.code };
}
