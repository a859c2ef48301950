import type { Role, ScopeType } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "Demo2026!";

export interface DemoAccount {
  email: string;
  name: string;
  scopeType: ScopeType;
  role: Role;
  /** Collectivité code, académie code or UAI, depending on the scope. */
  scopeKey: string;
  qualite?: string;
  delegationReference?: string;
  /** A collectivité's technician: works on the secteur of this collège (seed-sectors.ts). */
  sectorOfUai?: string;
}

/**
 * The demo accounts of the README, one per role the demo shows, plus the platform administrator
 * who imports the registry. Fictitious people.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "admin.35@demo.tripartite.fr",
    name: "Claire Le Goff",
    scopeType: "COLLECTIVITE",
    role: "ADMIN",
    scopeKey: "35",
  },
  {
    email: "agent.35@demo.tripartite.fr",
    name: "Yann Morvan",
    scopeType: "COLLECTIVITE",
    role: "AGENT",
    scopeKey: "35",
  },
  {
    email: "elu.35@demo.tripartite.fr",
    name: "Anne Rolland",
    scopeType: "COLLECTIVITE",
    role: "ELU",
    scopeKey: "35",
    qualite: "Vice-présidente déléguée à l'éducation",
  },
  {
    email: "signataire.35@demo.tripartite.fr",
    name: "Hélène Guillou",
    scopeType: "COLLECTIVITE",
    role: "SIGNATAIRE",
    scopeKey: "35",
    qualite: "Vice-présidente du Conseil départemental, par délégation du Président",
    delegationReference: "Arrêté de délégation de signature n° 2025-DEL-014",
  },
  {
    email: "agent.22@demo.tripartite.fr",
    name: "Erwan Le Bihan",
    scopeType: "COLLECTIVITE",
    role: "AGENT",
    scopeKey: "22",
  },
  {
    email: "agent.14@demo.tripartite.fr",
    name: "Sophie Lefèvre",
    scopeType: "COLLECTIVITE",
    role: "AGENT",
    scopeKey: "14",
  },
  {
    email: "drane.rennes@demo.tripartite.fr",
    name: "Marc Tanguy",
    scopeType: "ACADEMIE",
    role: "DRANE",
    scopeKey: "14",
    qualite: "Délégué de région académique au numérique éducatif",
    delegationReference: "Arrêté rectoral de délégation n° 2025-R-112",
  },
  {
    // No delegation: she steers and co-chairs for the académie de Normandie, she does not sign.
    email: "drane.normandie@demo.tripartite.fr",
    name: "Camille Lemoine",
    scopeType: "ACADEMIE",
    role: "DRANE",
    scopeKey: "70",
    qualite: "Déléguée de région académique au numérique éducatif",
  },
  {
    email: "recteur.rennes@demo.tripartite.fr",
    name: "Isabelle Caradec",
    scopeType: "ACADEMIE",
    role: "SIGNATAIRE",
    scopeKey: "14",
    qualite: "Secrétaire générale d'académie, par délégation du recteur",
    delegationReference: "Arrêté rectoral de délégation n° 2025-R-087",
  },
  {
    email: "chef.0350027p@demo.tripartite.fr",
    name: "Nathalie Bréhier",
    scopeType: "ETABLISSEMENT",
    role: "CHEF",
    scopeKey: "0350027P",
    qualite: "Principale",
  },
  {
    email: "technicien.35@demo.tripartite.fr",
    name: "Gwenaël Le Moal",
    scopeType: "COLLECTIVITE",
    role: "TECHNICIEN",
    scopeKey: "35",
    sectorOfUai: "0350027P",
  },
  {
    email: "technicien.14@demo.tripartite.fr",
    name: "Julien Marie",
    scopeType: "COLLECTIVITE",
    role: "TECHNICIEN",
    scopeKey: "14",
    sectorOfUai: "0140041U",
  },
  {
    email: "referent-technique.0350027p@demo.tripartite.fr",
    name: "Thomas Le Bras",
    scopeType: "ETABLISSEMENT",
    role: "REFERENT_TECHNIQUE",
    scopeKey: "0350027P",
  },
  {
    email: "referent-numerique.0350027p@demo.tripartite.fr",
    name: "Laure Hamon",
    scopeType: "ETABLISSEMENT",
    role: "REFERENT_NUMERIQUE",
    scopeKey: "0350027P",
    qualite: "Professeure de technologie",
  },
  {
    email: "assistance.rennes@demo.tripartite.fr",
    name: "Cellule d'assistance de Rennes",
    scopeType: "ACADEMIE",
    role: "ASSISTANCE",
    scopeKey: "14",
  },
  {
    email: "assistance.normandie@demo.tripartite.fr",
    name: "Cellule d'assistance de Normandie",
    scopeType: "ACADEMIE",
    role: "ASSISTANCE",
    scopeKey: "70",
  },
  {
    email: "admin@demo.tripartite.fr",
    name: "Équipe plateforme",
    scopeType: "PLATFORM",
    role: "ADMIN",
    scopeKey: "",
  },
  {
    email: "chef.0220003j@demo.tripartite.fr",
    name: "Pierre Le Roux",
    scopeType: "ETABLISSEMENT",
    role: "CHEF",
    scopeKey: "0220003J",
    qualite: "Principal",
  },
];
