import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { AccessContext } from "@/lib/access/context";
import { PERMISSION_TABLE } from "@/lib/access/permissions";

/**
 * The people a party may designate by account: members of the context's own space (not of its
 * collèges) in a role that reads the bodies. A technician or the académie's assistance has no
 * seat by account; they can still be named without one.
 */
export function designatableWhere(ctx: AccessContext): Prisma.MembershipWhereInput {
  const scope = ctx.scope;
  const roles = Object.entries(PERMISSION_TABLE[scope.type])
    .filter(([, permissions]) => permissions.includes("governance.read"))
    .map(([role]) => role as Role);
  const active = { role: { in: roles }, user: { disabledAt: null } };
  switch (scope.type) {
    case "COLLECTIVITE":
      return { ...active, scopeType: "COLLECTIVITE", collectiviteId: scope.id };
    case "ACADEMIE":
      return { ...active, scopeType: "ACADEMIE", academieCode: scope.code };
    case "ETABLISSEMENT":
      return { ...active, scopeType: "ETABLISSEMENT", etablissementId: scope.id };
    case "PLATFORM":
      return { id: { in: [] } };
  }
}
