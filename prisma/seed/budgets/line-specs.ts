import type { BudgetCategory, BudgetFunding, BudgetSection } from "@/lib/generated/prisma/enums";

export interface LineSpec {
  nature: string;
  chapitre: string;
  section: BudgetSection;
  category: BudgetCategory;
  funding: BudgetFunding;
  label: string;
  /** Share of the exercice's total. */
  share: number;
}

const INV = "INVESTISSEMENT";
const FCT = "FONCTIONNEMENT";
export const PLAN_LABEL = "Plan collèges numériques 2024–2028";

/** The lines of one exercice (domain.md § Budgets): an État-funded line before the AP, a FEDER one in 2023. */
export function lineSpecs(exercice: number): LineSpec[] {
  const plan = exercice >= 2024;
  const specs: LineSpec[] = [
    {
      nature: "21831",
      chapitre: "21",
      section: INV,
      category: "EQUIPEMENT",
      funding: "COLLECTIVITE",
      share: plan ? 0.36 : 0.26,
      label: plan
        ? `${PLAN_LABEL} – équipement des classes`
        : "Équipement numérique des collèges (ordinateurs, tablettes, affichage)",
    },
    {
      nature: "21838",
      chapitre: "21",
      section: INV,
      category: "RESEAU",
      funding: "COLLECTIVITE",
      share: exercice === 2023 ? 0.07 : 0.1,
      label: "Réseaux, Wi-Fi et équipements d'infrastructure des collèges",
    },
    {
      nature: "2051",
      chapitre: "20",
      section: INV,
      category: "RESSOURCES",
      funding: "COLLECTIVITE",
      share: 0.05,
      label: "Logiciels et licences (gestion de flotte, sécurité)",
    },
    {
      nature: "204",
      chapitre: "204",
      section: INV,
      category: "EQUIPEMENT",
      funding: "COLLECTIVITE",
      share: 0.04,
      label: "Subventions d'équipement numérique aux collèges",
    },
    {
      nature: "6156",
      chapitre: "011",
      section: FCT,
      category: "MAINTENANCE",
      funding: "COLLECTIVITE",
      share: 0.13,
      label: "Maintenance informatique des collèges (tierce maintenance)",
    },
    {
      nature: "611",
      chapitre: "011",
      section: FCT,
      category: "ENT",
      funding: "COLLECTIVITE",
      share: 0.07,
      label: "Espace numérique de travail des collèges",
    },
    {
      nature: "611",
      chapitre: "011",
      section: FCT,
      category: "FORMATION",
      funding: "COLLECTIVITE",
      share: 0.03,
      label: "Formation et accompagnement des usages numériques",
    },
    {
      nature: "655111",
      chapitre: "65",
      section: FCT,
      category: "DOTATION",
      funding: "COLLECTIVITE",
      share: plan ? 0.22 : 0.24,
      label: "Dotations de fonctionnement des collèges publics – part numérique",
    },
  ];
  if (!plan) {
    specs.push({
      nature: "21831",
      chapitre: "21",
      section: INV,
      category: "EQUIPEMENT",
      funding: "ETAT",
      share: 0.08,
      label: "Équipement numérique des classes – part cofinancée par l'État",
    });
  }
  if (exercice === 2023) {
    specs.push({
      nature: "21838",
      chapitre: "21",
      section: INV,
      category: "RESEAU",
      funding: "EUROPE",
      share: 0.03,
      label: "Raccordement très haut débit des collèges – part FEDER",
    });
  }
  return specs;
}

/** € per pupil of each exercice, around the field's 75–125 €/élève, rising with the plan. */
export const YEAR_FACTORS: Record<number, number> = {
  2022: 0.9,
  2023: 0.95,
  2024: 1.04,
  2025: 1.06,
  2026: 1.08,
};
