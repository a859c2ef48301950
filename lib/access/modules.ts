import type { Permission } from "@/lib/access/permissions";
import type { ScopeType } from "@/lib/generated/prisma/enums";

export interface ModuleLink {
  key: string;
  label: string;
  /** Path under the space's base URL; "" is the space's home. */
  path: string;
  /** A module not built yet is listed, not linked: the navigation does not pretend. */
  available: boolean;
}

interface ModuleDefinition extends ModuleLink {
  permission: Permission;
  scopes: readonly ScopeType[];
}

const MODULES: readonly ModuleDefinition[] = [
  {
    key: "home",
    label: "Tableau de bord",
    path: "",
    available: true,
    permission: "space.read",
    scopes: ["COLLECTIVITE", "ACADEMIE", "ETABLISSEMENT", "PLATFORM"],
  },
  {
    key: "etablissements",
    label: "Établissements",
    path: "/etablissements",
    available: true,
    permission: "etablissement.read",
    scopes: ["COLLECTIVITE", "ACADEMIE", "PLATFORM"],
  },
  {
    key: "import",
    label: "Importer",
    path: "/import",
    available: true,
    permission: "etablissement.import",
    scopes: ["PLATFORM"],
  },
  {
    key: "conventions",
    label: "Conventions",
    path: "/conventions",
    available: true,
    permission: "convention.read",
    scopes: ["COLLECTIVITE", "ACADEMIE", "ETABLISSEMENT"],
  },
  {
    key: "inventaire",
    label: "Inventaire",
    path: "/inventaire",
    available: true,
    permission: "inventory.read",
    scopes: ["COLLECTIVITE", "ACADEMIE", "ETABLISSEMENT"],
  },
  {
    key: "budgets",
    label: "Budgets",
    path: "/budgets",
    available: true,
    permission: "budget.read",
    scopes: ["COLLECTIVITE"],
  },
  {
    key: "dotations",
    label: "Dotations",
    path: "/dotations",
    available: true,
    permission: "allocation.read",
    scopes: ["ETABLISSEMENT"],
  },
  {
    key: "campagnes",
    // Short, like « Appels » below: the menu holds on one line (first-screen.spec.ts).
    label: "Campagnes",
    path: "/campagnes",
    available: true,
    permission: "campaign.read",
    scopes: ["COLLECTIVITE", "ACADEMIE", "ETABLISSEMENT"],
  },
  {
    key: "appels",
    // « Appels à projets » on the page; short here, like « Campagnes »: the agent's thirteen
    // modules hold on one line of a 1366-pixel screen (first-screen.spec.ts).
    label: "Appels",
    path: "/appels",
    available: true,
    permission: "call.read",
    scopes: ["COLLECTIVITE", "ACADEMIE", "ETABLISSEMENT"],
  },
  {
    key: "assistance",
    label: "Assistance",
    path: "/assistance",
    available: true,
    permission: "incident.read",
    scopes: ["COLLECTIVITE", "ACADEMIE", "ETABLISSEMENT"],
  },
  {
    key: "tournees",
    label: "Tournées",
    path: "/tournees",
    available: true,
    permission: "visit.manage",
    scopes: ["COLLECTIVITE"],
  },
  {
    // A collège reads the visits made to it, with the incidents it follows.
    key: "tournees",
    label: "Visites de maintenance",
    path: "/tournees",
    available: true,
    permission: "incident.read",
    scopes: ["ETABLISSEMENT"],
  },
  {
    key: "instances",
    label: "Instances",
    path: "/instances",
    available: true,
    permission: "governance.read",
    scopes: ["COLLECTIVITE", "ACADEMIE", "ETABLISSEMENT"],
  },
  {
    key: "secteurs",
    label: "Secteurs",
    path: "/secteurs",
    available: true,
    permission: "sector.manage",
    scopes: ["COLLECTIVITE"],
  },
  {
    key: "personnes",
    label: "Personnes",
    path: "/personnes",
    available: true,
    permission: "member.read",
    scopes: ["COLLECTIVITE", "ACADEMIE", "ETABLISSEMENT"],
  },
  {
    key: "journal",
    label: "Journal d'audit",
    path: "/journal",
    available: true,
    permission: "audit.read",
    scopes: ["COLLECTIVITE", "ACADEMIE", "ETABLISSEMENT", "PLATFORM"],
  },
];

/** The modules a member of this scope may open, in navigation order. */
export function modulesFor(
  scopeType: ScopeType,
  permissions: ReadonlySet<Permission>,
): ModuleLink[] {
  return MODULES.filter((m) => m.scopes.includes(scopeType) && permissions.has(m.permission)).map(
    ({ key, label, path, available }) => ({ key, label, path, available }),
  );
}
