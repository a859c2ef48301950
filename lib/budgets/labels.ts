import type {
  AllocationKind,
  AutorisationKind,
  AutorisationState,
  BudgetCategory,
  BudgetFunding,
  BudgetSection,
} from "@/lib/generated/prisma/enums";
import { keysOf } from "@/lib/objects";

export const SECTION_LABELS: Record<BudgetSection, string> = {
  INVESTISSEMENT: "Investissement",
  FONCTIONNEMENT: "Fonctionnement",
};
export const BUDGET_SECTIONS = keysOf(SECTION_LABELS);

export const BUDGET_CATEGORY_LABELS: Record<BudgetCategory, string> = {
  EQUIPEMENT: "Équipement",
  MAINTENANCE: "Maintenance",
  RESEAU: "Réseau et connectivité",
  ENT: "ENT",
  RESSOURCES: "Ressources numériques",
  FORMATION: "Formation",
  DOTATION: "Dotations aux collèges",
  AUTRE: "Autre",
};
export const BUDGET_CATEGORIES = keysOf(BUDGET_CATEGORY_LABELS);

export const BUDGET_FUNDING_LABELS: Record<BudgetFunding, string> = {
  COLLECTIVITE: "Ressources propres de la collectivité",
  ETAT: "État (plans, subventions)",
  EUROPE: "Fonds européens",
  AUTRE: "Autres partenaires",
};
export const BUDGET_FUNDINGS = keysOf(BUDGET_FUNDING_LABELS);

export const AUTORISATION_KIND_LABELS: Record<AutorisationKind, string> = {
  AP: "Autorisation de programme (AP)",
  AE: "Autorisation d'engagement (AE)",
};
export const AUTORISATION_STATE_LABELS: Record<AutorisationState, string> = {
  VOTEE: "Votée",
  AFFECTEE: "Affectée",
  ENGAGEE: "Engagée",
  MANDATEE: "Mandatée",
};

export const ALLOCATION_KIND_LABELS: Record<AllocationKind, string> = {
  DOTATION_FONCTIONNEMENT: "Dotation de fonctionnement",
  EQUIPEMENT: "Équipement acquis pour le collège",
  SUBVENTION: "Subvention d'équipement",
};
export const ALLOCATION_KINDS = keysOf(ALLOCATION_KIND_LABELS);

/** M57 chapters used for collèges' digital budgets (domain.md § Budgets). */
export const M57_CHAPTERS: Record<string, string> = {
  "20": "Immobilisations incorporelles (logiciels)",
  "204": "Subventions d'équipement versées",
  "21": "Immobilisations corporelles",
  "011": "Charges à caractère général",
  "65": "Autres charges de gestion courante",
};

/** Nature accounts of domain.md, with their labels. */
export const M57_NATURES: Record<string, string> = {
  "21831": "Matériel informatique scolaire",
  "21838": "Autres matériels informatiques",
  "2051": "Concessions et droits similaires (logiciels)",
  "204": "Subventions d'équipement versées",
  "6156": "Maintenance",
  "611": "Contrats de prestations de services",
  "655111": "Dotations de fonctionnement des collèges publics",
  "655112": "Dotations de fonctionnement des collèges privés",
};

/** Function 221: collèges. */
export const FONCTION_COLLEGES = "221";

// ─── AP / AE (here rather than in schemas.ts, so that the AP form does not bring zod to the browser) ───

export const AUTORISATION_KINDS = keysOf(AUTORISATION_KIND_LABELS);
export const AUTORISATION_STATES = keysOf(AUTORISATION_STATE_LABELS);
/** The section whose lines may carry an AP (investissement) or an AE (fonctionnement). */
export const SECTION_OF_KIND = {
  AP: "INVESTISSEMENT",
  AE: "FONCTIONNEMENT",
} as const satisfies Record<(typeof AUTORISATION_KINDS)[number], BudgetSection>;
/** How many exercices the CP form offers from the vote year. */
export const CP_FORM_YEARS = 6;

/** The exercices the CP form offers: six from the vote year, and any other year already scheduled. */
export function cpFormYears(votedYear: number, scheduled: readonly number[]): number[] {
  const years = Array.from({ length: CP_FORM_YEARS }, (_, i) => votedYear + i);
  return [...new Set([...years, ...scheduled])].sort((a, b) => a - b);
}
