/** The terms of a joint appel à projets of the 35 as its form sends them (three criteria, 150 000 €). */
export const callTerms = (overrides: Record<string, unknown> = {}) => ({
  title: "Écrans interactifs pour les sciences",
  objectives: "Équiper les salles de sciences d'écrans interactifs et former les enseignants.",
  joint: "on",
  eligiblePublic: "on",
  criteria: [
    { label: "Qualité du projet pédagogique", weight: "50" },
    { label: "Lien avec le projet d'établissement", weight: "30" },
    { label: "Formation des enseignants", weight: "20" },
  ],
  envelope: "150 000",
  opensOn: "2026-12-01",
  closesOn: "2027-01-15",
  decisionOn: "2027-02-15",
  categories: ["ENI", "PORTABLE"],
  trainingRequired: "Six heures de formation par enseignant engagé, avec la DRANE.",
  ...overrides,
});

/** A collège's dossier as its form sends it: two interactive screens unless `overrides` says otherwise. */
export const dossierInput = (callId: string, overrides: Record<string, unknown> = {}) => ({
  callId,
  project: "Des écrans interactifs dans les deux salles de SVT.",
  projetEtablissement: "Axe 2 : réussite en sciences.",
  classes: "5e A, 5e B, 4e C",
  teachers: "4",
  equipment: [{ category: "ENI", quantity: "2" }],
  trainingNeeds: "Prise en main des écrans, usages en SVT.",
  conseilPedagogiqueOn: "2026-11-20",
  ...overrides,
});
