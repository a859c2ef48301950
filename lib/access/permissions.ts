import type { Role, ScopeType } from "@/lib/generated/prisma/enums";

/** Every permission of the product. Checked in lib/, never only in the UI. */
export const PERMISSIONS = [
  "space.read",
  "etablissement.read",
  "etablissement.import",
  "member.read",
  "member.manage",
  "audit.read",
  "convention.read",
  "convention.write",
  "convention.sign",
  "template.manage",
  "inventory.read",
  "inventory.write",
  "inventory.updateStatus",
  "referential.manage",
  "budget.read",
  "budget.write",
  "allocation.read",
  "campaign.read",
  "campaign.manage",
  "need.submit",
  "need.opinion",
  "need.arbitrate",
  "dashboard.read",
  "platform.operate",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const READ: readonly Permission[] = [
  "space.read",
  "etablissement.read",
  "convention.read",
  "inventory.read",
  "campaign.read",
  "dashboard.read",
];

/** What a collectivité's agent does: read, write the inventory, budgets, conventions and campaigns. */
const COLLECTIVITE_AGENT: readonly Permission[] = [
  ...READ,
  "member.read",
  "audit.read",
  "convention.write",
  "template.manage",
  "inventory.write",
  "inventory.updateStatus",
  "referential.manage",
  "budget.read",
  "budget.write",
  "allocation.read",
  "campaign.manage",
  "need.arbitrate",
];

/**
 * The one table of (scope, role) → permissions (architecture.md §2). A role absent from a scope's
 * row cannot be held in that scope.
 */
export const PERMISSION_TABLE: Record<ScopeType, Partial<Record<Role, readonly Permission[]>>> = {
  COLLECTIVITE: {
    // The administrator is an agent who also manages the people of the space.
    ADMIN: [...COLLECTIVITE_AGENT, "member.manage"],
    AGENT: COLLECTIVITE_AGENT,
    ELU: [...READ, "budget.read", "allocation.read"],
    SIGNATAIRE: [...READ, "convention.sign", "budget.read", "allocation.read"],
  },
  ACADEMIE: {
    DRANE: [
      ...READ,
      "member.read",
      "member.manage",
      "audit.read",
      "convention.sign",
      "need.opinion",
    ],
    SIGNATAIRE: [...READ, "convention.sign"],
    LECTEUR: [...READ],
  },
  ETABLISSEMENT: {
    CHEF: [
      ...READ,
      "member.read",
      "member.manage",
      "audit.read",
      "convention.sign",
      "inventory.updateStatus",
      "allocation.read",
      "need.submit",
    ],
    REFERENT: [...READ, "inventory.updateStatus", "need.submit"],
    GESTIONNAIRE: [...READ, "allocation.read", "need.submit"],
  },
  PLATFORM: {
    ADMIN: [
      "space.read",
      "etablissement.read",
      "etablissement.import",
      "platform.operate",
      "audit.read",
    ],
  },
};

export function roleAllowedInScope(scopeType: ScopeType, role: Role): boolean {
  return PERMISSION_TABLE[scopeType][role] !== undefined;
}

export function permissionsOf(
  scopeType: ScopeType,
  roles: readonly Role[],
): ReadonlySet<Permission> {
  const granted = new Set<Permission>();
  for (const role of roles)
    for (const permission of PERMISSION_TABLE[scopeType][role] ?? []) granted.add(permission);
  return granted;
}

/** Roles in the order of their weight within a scope: a member never grants a role above their own. */
export const ROLE_RANK: Record<ScopeType, readonly Role[]> = {
  COLLECTIVITE: ["ELU", "AGENT", "SIGNATAIRE", "ADMIN"],
  ACADEMIE: ["LECTEUR", "SIGNATAIRE", "DRANE"],
  ETABLISSEMENT: ["GESTIONNAIRE", "REFERENT", "CHEF"],
  PLATFORM: ["ADMIN"],
};

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administrateur",
  AGENT: "Agent gestionnaire",
  ELU: "Élu",
  SIGNATAIRE: "Signataire",
  DRANE: "DRANE",
  LECTEUR: "Lecteur",
  CHEF: "Chef d'établissement",
  REFERENT: "Référent numérique",
  GESTIONNAIRE: "Gestionnaire",
};
