import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";

/**
 * The établissements a context may see, to put inside every query on tenant data:
 * a collectivité its own, an académie every one of its académie across collectivités,
 * an établissement itself, the platform all.
 */
export function etablissementScopeWhere(ctx: AccessContext): Prisma.EtablissementWhereInput {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return { collectiviteId: ctx.scope.id };
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
