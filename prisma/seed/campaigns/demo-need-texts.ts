import type { EquipmentCategory, NeedOpinion } from "@/lib/generated/prisma/enums";

/** What the demo's needs ask for: quantities, justifications, project axes, the académie's opinions. */
export const QUANTITIES: Partial<Record<EquipmentCategory, [number, number]>> = {
  PORTABLE: [12, 30],
  TABLETTE: [15, 32],
  ENI: [2, 6],
  VIDEOPROJECTEUR: [2, 6],
  BORNE_WIFI: [4, 12],
  CLASSE_MOBILE: [1, 2],
  POSTE_FIXE: [8, 24],
};

export const JUSTIFICATIONS: Partial<Record<EquipmentCategory, readonly string[]>> = {
  PORTABLE: [
    "Renouvellement de la classe mobile de portables achetée en 2018, hors garantie et lente au démarrage.",
    "Portables pour les enseignants des salles sans poste, afin d'utiliser l'ENT en classe.",
  ],
  TABLETTE: [
    "Tablettes pour la différenciation en français et en mathématiques (groupes de besoins de 6e).",
    "Tablettes pour l'ULIS et les élèves à besoins particuliers (synthèse vocale, agrandissement).",
  ],
  ENI: [
    "Remplacement des vidéoprojecteurs interactifs en fin de vie dans les salles de sciences.",
    "Écrans interactifs pour les salles de langues, encore équipées de tableaux blancs seuls.",
  ],
  VIDEOPROJECTEUR: [
    "Affichage collectif pour les salles de l'extension, livrées sans équipement.",
    "Remplacement de vidéoprojecteurs dont les lampes ne sont plus fabriquées.",
  ],
  BORNE_WIFI: [
    "Couverture Wi-Fi insuffisante au CDI et dans l'aile B pour les usages en mobilité.",
    "Bornes pour le bâtiment de technologie, où les classes mobiles n'accèdent pas au réseau.",
  ],
  CLASSE_MOBILE: [
    "Chariot de recharge sécurisé pour les tablettes de la dotation existante.",
    "Second chariot pour partager la classe mobile entre les deux bâtiments.",
  ],
  POSTE_FIXE: [
    "Renouvellement de la salle informatique (postes de plus de sept ans).",
    "Postes pour le CDI, dont deux adaptés aux élèves en situation de handicap.",
  ],
};

export const AXES = [
  "Axe 1 – Réussite de tous les élèves et maîtrise des fondamentaux",
  "Axe 2 – Parcours, orientation et ouverture sur le monde",
  "Axe 3 – Climat scolaire, inclusion et bien-être",
  "Axe 2 – Éducation aux médias et à l'information",
  "Axe 1 – Continuité pédagogique et usages de l'ENT",
] as const;

export const OPINION_COMMENTS: Record<NeedOpinion, readonly string[]> = {
  FAVORABLE: [
    "Besoin cohérent avec le projet d'établissement ; équipe formée aux usages.",
    "Favorable : s'inscrit dans la stratégie numérique académique.",
    "Favorable, usage pédagogique établi et suivi par le référent numérique.",
  ],
  RESERVE: [
    "Favorable sous réserve d'un accompagnement des équipes par la DRANE.",
    "Quantité élevée au regard des usages constatés : un déploiement progressif est conseillé.",
  ],
  DEFAVORABLE: [
    "Défavorable : le collège dépasse déjà le référentiel pour cette catégorie.",
    "Défavorable : projet pédagogique à préciser avant tout équipement.",
  ],
};
