import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { getSessionUser } from "@/lib/auth/session";
import { permissionsOf, type Permission } from "@/lib/access/permissions";

/** A scope as named by a URL: `/c/[code]`, `/a/[code]`, `/e/[uai]`, or the platform. */
export type ScopeRef =
  | { type: "COLLECTIVITE"; code: string }
  | { type: "ACADEMIE"; code: string }
  | { type: "ETABLISSEMENT"; uai: string }
  | { type: "PLATFORM" };

export type ResolvedScope =
  | { type: "COLLECTIVITE"; id: string; code: string; name: string; shortName: string }
  | { type: "ACADEMIE"; code: string; name: string }
  | {
      type: "ETABLISSEMENT";
      id: string;
      uai: string;
      name: string;
      collectiviteId: string;
      academieCode: string;
    }
  | { type: "PLATFORM" };

export interface AccessContext {
  readonly user: { readonly id: string; readonly name: string; readonly email: string };
  readonly scope: ResolvedScope;
  readonly roles: readonly Role[];
  readonly permissions: ReadonlySet<Permission>;
}

const membershipSelect = {
  role: true,
  user: { select: { id: true, name: true, email: true } },
  collectivite: { select: { id: true, code: true, name: true, shortName: true } },
  academie: { select: { code: true, name: true } },
  etablissement: {
    select: { id: true, uai: true, name: true, collectiviteId: true, academieCode: true },
  },
} as const;

function membershipWhere(userId: string, scope: ScopeRef) {
  const active = { userId, user: { disabledAt: null } };
  switch (scope.type) {
    case "COLLECTIVITE":
      return { ...active, scopeType: "COLLECTIVITE" as const, collectivite: { code: scope.code } };
    case "ACADEMIE":
      return { ...active, scopeType: "ACADEMIE" as const, academie: { code: scope.code } };
    case "ETABLISSEMENT":
      return {
        ...active,
        scopeType: "ETABLISSEMENT" as const,
        etablissement: { uai: scope.uai.toUpperCase() },
      };
    case "PLATFORM":
      return { ...active, scopeType: "PLATFORM" as const };
  }
}

async function resolveAccessContext(scope: ScopeRef): Promise<AccessContext | null> {
  const sessionUser = await getSessionUser();
  if (!sessionUser) return null;
  const memberships = await db.membership.findMany({
    where: membershipWhere(sessionUser.id, scope),
    select: membershipSelect,
  });
  const first = memberships[0];
  if (!first) return null;
  const roles = [...new Set(memberships.map((m) => m.role))];
  let resolved: ResolvedScope | null = null;
  if (scope.type === "COLLECTIVITE" && first.collectivite)
    resolved = { type: "COLLECTIVITE", ...first.collectivite };
  if (scope.type === "ACADEMIE" && first.academie)
    resolved = { type: "ACADEMIE", ...first.academie };
  if (scope.type === "ETABLISSEMENT" && first.etablissement)
    resolved = { type: "ETABLISSEMENT", ...first.etablissement };
  if (scope.type === "PLATFORM") resolved = { type: "PLATFORM" };
  if (!resolved) return null;
  return {
    user: first.user,
    scope: resolved,
    roles,
    permissions: permissionsOf(scope.type, roles),
  };
}

const cachedContext = cache((type: ScopeRef["type"], key: string) =>
  resolveAccessContext(
    type === "PLATFORM"
      ? { type }
      : type === "ETABLISSEMENT"
        ? { type, uai: key }
        : { type, code: key },
  ),
);

/**
 * THE chokepoint: the only constructor of an AccessContext. Reads the session and the member's
 * rows for the scope named in the URL; returns null for "not signed in", "not a member" and
 * "no such scope" alike, so a foreign scope is indistinguishable from a missing one (404).
 */
export function getAccessContext(scope: ScopeRef): Promise<AccessContext | null> {
  const key =
    scope.type === "PLATFORM"
      ? ""
      : scope.type === "ETABLISSEMENT"
        ? scope.uai.toUpperCase()
        : scope.code;
  return cachedContext(scope.type, key);
}

/** Like getAccessContext, for server actions and route handlers: a missing scope is NOT_FOUND. */
export async function requireAccessContext(scope: ScopeRef): Promise<AccessContext> {
  const ctx = await getAccessContext(scope);
  if (!ctx) throw new AppError("NOT_FOUND");
  return ctx;
}

export function can(ctx: AccessContext, permission: Permission): boolean {
  return ctx.permissions.has(permission);
}

export function assertCan(ctx: AccessContext, permission: Permission): void {
  if (!can(ctx, permission)) throw new AppError("FORBIDDEN");
}
