import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";

/*
 * The scope builders: what a context may see, to put inside every query on tenant data. Each has
 * a Prisma `where` and, where raw SQL needs it, an SQL twin (scope-sql.ts) that selects the same
 * rows; tests/integration/scope-builders.test.ts checks each pair, for every kind of scope.
 *
 * The platform: its perimeter is every établissement (the national registry it imports and
 * reads with etablissement.read) and every audit event; it holds no domain permission, so the
 * domain builders (equipment, conventions, campaigns, needs, allocations) select nothing for it.
 */

/**
 * The établissements a context may see: a collectivité its own (a technician only those of their
 * secteurs), an académie every one of its académie across collectivités, an établissement itself,
 * the platform all.
 */
export function etablissementScopeWhere(ctx: AccessContext): Prisma.EtablissementWhereInput {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return ctx.sectorIds
        ? { collectiviteId: ctx.scope.id, sectorId: { in: [...ctx.sectorIds] } }
        : { collectiviteId: ctx.scope.id };
    case "ACADEMIE":
      return { academieCode: ctx.scope.code };
    case "ETABLISSEMENT":
      return { id: ctx.scope.id };
    case "PLATFORM":
      return {};
  }
}

/**
 * The memberships (and, same shape, invitations) a context manages: those of its own scope and,
 * for a collectivité or an académie, those of its établissements.
 */
export function membershipScopeWhere(
  ctx: AccessContext,
): Prisma.MembershipWhereInput & Prisma.InvitationWhereInput {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return {
        OR: [{ collectiviteId: ctx.scope.id }, { etablissement: { collectiviteId: ctx.scope.id } }],
      };
    case "ACADEMIE":
      return {
        OR: [{ academieCode: ctx.scope.code }, { etablissement: { academieCode: ctx.scope.code } }],
      };
    case "ETABLISSEMENT":
      return { etablissementId: ctx.scope.id };
    case "PLATFORM":
      return { scopeType: "PLATFORM" };
  }
}

/**
 * The column naming a context's space on rows that carry all three (audit events, conventions):
 * a collectivité's id, an académie's code or an établissement's id; null for the platform.
 */
export function spaceColumnWhere(
  ctx: AccessContext,
): { collectiviteId: string } | { academieCode: string } | { etablissementId: string } | null {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return { collectiviteId: ctx.scope.id };
    case "ACADEMIE":
      return { academieCode: ctx.scope.code };
    case "ETABLISSEMENT":
      return { etablissementId: ctx.scope.id };
    case "PLATFORM":
      return null;
  }
}

/**
 * The conventions a context may see: a collectivité its own (cadres included), an académie every
 * convention of its académie whatever the collectivité, an établissement its own tripartite
 * conventions and their avenants. The platform sees none.
 */
export function conventionScopeWhere(ctx: AccessContext): Prisma.ConventionWhereInput {
  return spaceColumnWhere(ctx) ?? { id: { in: [] } };
}

/**
 * The audit events a context may read: those whose scope columns name its space. An
 * établissement's events carry its collectivité and académie too, so both see them; events with
 * no scope column (command-line imports) are the platform's only. What a space may not read on
 * its domain pages is taken out again by auditVisibilityWhere (lib/audit/visibility.ts).
 */
export function auditScopeWhere(ctx: AccessContext): Prisma.AuditEventWhereInput {
  return spaceColumnWhere(ctx) ?? {};
}
