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
  "convention.propose",
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
  "call.read",
  "call.manage",
  "call.copilot",
  "call.apply",
  "training.attest",
  "network.manage",
  "network.suggest",
  "dashboard.read",
  "incident.read",
  "incident.report",
  "incident.handle",
  "incident.confirm",
  "sector.manage",
  "visit.manage",
  "governance.read",
  "governance.manage",
  "platform.operate",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const READ: readonly Permission[] = [
  "space.read",
  "etablissement.read",
  "convention.read",
  "inventory.read",
  "campaign.read",
  "call.read",
  "dashboard.read",
  "governance.read",
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
  "call.manage",
  "network.manage",
  "incident.read",
  "incident.report",
  "incident.handle",
  "sector.manage",
  "visit.manage",
  "governance.manage",
];

/** What a collège's staff reporting incidents may do with them: report, follow, confirm or reopen. */
const EPLE_INCIDENTS: readonly Permission[] = [
  "incident.read",
  "incident.report",
  "incident.confirm",
];

/**
 * A collectivité's field staff (technicien, référent technique), restricted to the collèges of
 * their secteur (AccessContext.sectorIds): the incidents, the inventory, the rounds.
 */
const COLLECTIVITE_FIELD: readonly Permission[] = [
  "space.read",
  "etablissement.read",
  "inventory.read",
  "inventory.updateStatus",
  "incident.read",
  "incident.report",
  "incident.handle",
  "visit.manage",
  // The network of the collèges of their secteur (issue 19); the thresholds stay the agents'.
  "network.manage",
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
    TECHNICIEN: COLLECTIVITE_FIELD,
    REFERENT_TECHNIQUE: COLLECTIVITE_FIELD,
  },
  ACADEMIE: {
    // The DRANE signs only by delegation of the recteur: lib/access/context.ts withholds
    // convention.sign from a DRANE membership that names no delegation (domain.md, legal split).
    DRANE: [
      ...READ,
      "member.read",
      "member.manage",
      "audit.read",
      "convention.sign",
      "convention.propose",
      "need.opinion",
      // Agrees, for the académie, to publish a joint appel à projets.
      "call.copilot",
      // Attests, for the académie, that a collège's teachers were trained (deployment waves).
      "training.attest",
      "incident.read",
      "governance.manage",
    ],
    SIGNATAIRE: [...READ, "convention.sign", "convention.propose"],
    LECTEUR: [...READ, "incident.read"],
    ASSISTANCE: [
      "space.read",
      "etablissement.read",
      "inventory.read",
      "dashboard.read",
      "incident.read",
      "incident.handle",
    ],
  },
  ETABLISSEMENT: {
    CHEF: [
      ...READ,
      "member.read",
      "member.manage",
      "audit.read",
      "convention.sign",
      "convention.propose",
      "inventory.updateStatus",
      "allocation.read",
      "need.submit",
      "call.apply",
      "network.suggest",
      ...EPLE_INCIDENTS,
      "incident.handle",
      "governance.manage",
    ],
    // The référent numérique co-writes the collège's convention; only the chef signs it.
    REFERENT_NUMERIQUE: [
      ...READ,
      "convention.propose",
      "inventory.updateStatus",
      "need.submit",
      "call.apply",
      "network.suggest",
      ...EPLE_INCIDENTS,
    ],
    // The collège's référent technique handles what the matrix leaves to the EPLE (N0, N1).
    REFERENT_TECHNIQUE: [
      ...READ,
      "inventory.updateStatus",
      "need.submit",
      "network.suggest",
      ...EPLE_INCIDENTS,
      "incident.handle",
    ],
    GESTIONNAIRE: [...READ, "allocation.read", "need.submit", ...EPLE_INCIDENTS],
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
  COLLECTIVITE: ["ELU", "TECHNICIEN", "REFERENT_TECHNIQUE", "AGENT", "SIGNATAIRE", "ADMIN"],
  ACADEMIE: ["LECTEUR", "ASSISTANCE", "SIGNATAIRE", "DRANE"],
  ETABLISSEMENT: ["GESTIONNAIRE", "REFERENT_NUMERIQUE", "REFERENT_TECHNIQUE", "CHEF"],
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
  REFERENT_NUMERIQUE: "Référent numérique",
  REFERENT_TECHNIQUE: "Référent technique",
  GESTIONNAIRE: "Gestionnaire",
  TECHNICIEN: "Technicien de secteur",
  ASSISTANCE: "Assistance académique",
};
