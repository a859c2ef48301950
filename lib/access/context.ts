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
  /**
   * A collectivité's field staff (technicien, référent technique) holding no other role there:
   * the secteurs whose collèges they see (etablissementScopeWhere narrows to them). Null: the
   * whole scope.
   */
  readonly sectorIds: readonly string[] | null;
}

/** Roles of a collectivité that see only the collèges of their secteur. */
export const SECTOR_ROLES: readonly Role[] = ["TECHNICIEN", "REFERENT_TECHNIQUE"];

const membershipSelect = {
  role: true,
  sectorId: true,
  delegationReference: true,
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
  const permissions = new Set(permissionsOf(scope.type, roles));
  // The DRANE signs for the State only by delegation of the recteur (domain.md, legal split).
  const signs = memberships.some(
    (m) => m.role !== "DRANE" && permissionsOf(scope.type, [m.role]).has("convention.sign"),
  );
  const delegatedDrane = memberships.some((m) => m.role === "DRANE" && m.delegationReference);
  if (!signs && !delegatedDrane) permissions.delete("convention.sign");
  return {
    user: first.user,
    scope: resolved,
    roles,
    permissions,
    sectorIds: sectorIdsOf(scope.type, memberships),
  };
}

function sectorIdsOf(
  scopeType: ScopeRef["type"],
  memberships: readonly { role: Role; sectorId: string | null }[],
): string[] | null {
  if (scopeType !== "COLLECTIVITE") return null;
  if (memberships.some((m) => !SECTOR_ROLES.includes(m.role))) return null;
  return [...new Set(memberships.flatMap((m) => (m.sectorId ? [m.sectorId] : [])))];
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
