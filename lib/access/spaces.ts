import "server-only";
import { db } from "@/lib/db/client";
import type { Role, ScopeType } from "@/lib/generated/prisma/enums";
import { getSessionUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/access/permissions";
import { academieLabel } from "@/lib/referentials/labels";

export interface SpaceLink {
  href: string;
  scopeType: ScopeType;
  name: string;
  kindLabel: string;
  roles: string[];
}

const KIND_LABELS: Record<ScopeType, string> = {
  COLLECTIVITE: "Collectivité",
  ACADEMIE: "Académie",
  ETABLISSEMENT: "Établissement",
  PLATFORM: "Plateforme",
};

/** The spaces a user can open, one per scope they are a member of. */
export async function listSpacesOfUser(userId: string): Promise<SpaceLink[]> {
  const memberships = await db.membership.findMany({
    where: { userId, user: { disabledAt: null } },
    select: {
      scopeType: true,
      role: true,
      collectivite: { select: { code: true, name: true } },
      academie: { select: { code: true, name: true } },
      etablissement: { select: { uai: true, name: true, communeName: true } },
    },
  });
  const spaces = new Map<string, SpaceLink & { roleSet: Set<Role> }>();
  for (const m of memberships) {
    const target =
      m.scopeType === "COLLECTIVITE" && m.collectivite
        ? { href: `/c/${m.collectivite.code}`, name: m.collectivite.name }
        : m.scopeType === "ACADEMIE" && m.academie
          ? { href: `/a/${m.academie.code}`, name: academieLabel(m.academie.name) }
          : m.scopeType === "ETABLISSEMENT" && m.etablissement
            ? {
                href: `/e/${m.etablissement.uai}`,
                name: `${m.etablissement.name} (${m.etablissement.communeName})`,
              }
            : m.scopeType === "PLATFORM"
              ? { href: "/plateforme", name: "Administration de la plateforme" }
              : null;
    if (!target) continue;
    const space = spaces.get(target.href) ?? {
      ...target,
      scopeType: m.scopeType,
      kindLabel: KIND_LABELS[m.scopeType],
      roles: [],
      roleSet: new Set(),
    };
    space.roleSet.add(m.role);
    spaces.set(target.href, space);
  }
  return [...spaces.values()]
    .map(({ roleSet, ...space }) => ({ ...space, roles: [...roleSet].map((r) => ROLE_LABELS[r]) }))
    .sort(
      (a, b) => a.kindLabel.localeCompare(b.kindLabel, "fr") || a.name.localeCompare(b.name, "fr"),
    );
}

/** The signed-in user's spaces, or null when nobody is signed in. */
export async function listMySpaces(): Promise<SpaceLink[] | null> {
  const user = await getSessionUser();
  return user ? listSpacesOfUser(user.id) : null;
}
