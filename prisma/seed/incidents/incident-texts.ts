import type { EquipmentCategory, IncidentUrgency } from "@/lib/generated/prisma/enums";
import type { AssistanceDomain } from "@/lib/assistance/vocabulary";

// The words of the demo's fictitious incidents: what a collège reports, what the handler answers.

/** How often each domain is reported in a collège (weights): terminals and screens most. */
export const DOMAIN_WEIGHTS: readonly [AssistanceDomain, number][] = [
  ["POSTES_PERIPHERIQUES", 31],
  ["ECRANS_VIDEOPROJECTION", 20],
  ["RESEAU_WIFI", 10],
  ["IMPRESSION", 8],
  ["ANNUAIRE_COMPTES", 7],
  ["ENT", 6],
  ["FILTRAGE", 4],
  ["LOGICIELS_PEDAGOGIQUES", 4],
  ["APPLICATIONS_NATIONALES", 3],
  ["PREMIER_NIVEAU", 3],
  ["ACCES_INTERNET", 2],
  ["TELEPHONIE", 1],
  ["AUTRE", 1],
];

/** The categories an equipment incident of the domain is about; domains absent name no equipment. */
export const EQUIPMENT_OF_DOMAIN: Partial<Record<AssistanceDomain, readonly EquipmentCategory[]>> =
  {
    POSTES_PERIPHERIQUES: ["POSTE_FIXE", "PORTABLE", "ULTRAPORTABLE", "TABLETTE", "EIM"],
    ECRANS_VIDEOPROJECTION: ["ENI", "TNI_TBI", "VPI", "VIDEOPROJECTEUR"],
    IMPRESSION: ["IMPRIMANTE"],
    RESEAU_WIFI: ["BORNE_WIFI", "COMMUTATEUR", "SERVEUR"],
    TELEPHONIE: ["TELEPHONIE_IP"],
  };

/** The interactive screens a collège teaches with: the e2e journey reports one of them. */
export const INTERACTIVE_SCREENS: readonly EquipmentCategory[] = ["ENI", "TNI_TBI", "VPI"];

/** [title, description] of a report, per domain. */
export const REPORTS: Record<AssistanceDomain, readonly (readonly [string, string])[]> = {
  POSTES_PERIPHERIQUES: [
    [
      "Poste qui ne démarre plus",
      "L'ordinateur reste sur l'écran noir au démarrage, voyant allumé.",
    ],
    [
      "Écran bleu au démarrage",
      "Le poste redémarre en boucle après un écran bleu depuis ce matin.",
    ],
    [
      "Clavier et souris sans réponse",
      "Ni le clavier ni la souris ne répondent, changés de port sans effet.",
    ],
    ["Batterie qui ne tient plus", "Le portable s'éteint après vingt minutes hors secteur."],
    ["Tablette bloquée sur le logo", "La tablette ne dépasse plus le logo du constructeur."],
    [
      "Session très lente",
      "L'ouverture de session prend plus de cinq minutes, les élèves attendent.",
    ],
    ["Chargeur défectueux", "Le chargeur ne charge plus, le voyant reste éteint."],
    ["Écran fissuré", "L'écran du portable est fissuré après une chute en classe."],
  ],
  ECRANS_VIDEOPROJECTION: [
    [
      "Plus d'image sur l'écran",
      "L'écran reste noir alors que le poste de l'enseignant affiche bien.",
    ],
    [
      "Tactile décalé",
      "Le stylet écrit à plusieurs centimètres du point touché, calibrage sans effet.",
    ],
    [
      "Lampe du vidéoprojecteur à changer",
      "L'image est très sombre et le voyant de lampe clignote.",
    ],
    ["Pas de son en classe", "Les haut-parleurs de l'écran ne rendent plus aucun son."],
    [
      "Écran qui s'éteint seul",
      "L'écran interactif s'éteint toutes les dix minutes en plein cours.",
    ],
    ["Télécommande perdue", "Impossible de changer la source sans la télécommande."],
  ],
  RESEAU_WIFI: [
    [
      "Wi-Fi coupé au deuxième étage",
      "Les tablettes ne captent plus le réseau dans les salles du deuxième.",
    ],
    ["Borne Wi-Fi éteinte", "La borne du couloir n'a plus de voyant allumé."],
    ["Salle informatique sans réseau", "Aucun poste de la salle n'accède au réseau du collège."],
    ["Connexions qui tombent", "Le réseau se coupe plusieurs fois par heure au CDI."],
  ],
  IMPRESSION: [
    ["Bourrage papier à répétition", "Le copieur bloque une feuille sur deux dans le bac 2."],
    ["Imprimante hors ligne", "L'imprimante apparaît hors ligne sur tous les postes de la salle."],
    ["Impressions délavées", "Les pages sortent presque blanches malgré un toner neuf."],
  ],
  ANNUAIRE_COMPTES: [
    [
      "Comptes des nouveaux élèves",
      "Les élèves arrivés en cours d'année n'ont pas encore de compte.",
    ],
    [
      "Mot de passe d'un enseignant bloqué",
      "Un enseignant ne peut plus ouvrir sa session après trois essais.",
    ],
    ["Compte d'un remplaçant", "Un professeur remplaçant arrive lundi et n'a pas de compte."],
  ],
  ENT: [
    [
      "Messagerie de l'ENT inaccessible",
      "La messagerie de l'ENT affiche une erreur pour tous les élèves.",
    ],
    ["Cahier de textes non synchronisé", "Les devoirs saisis n'apparaissent pas chez les élèves."],
    ["Classe absente de l'ENT", "La classe de 4e B n'apparaît pas dans l'ENT."],
  ],
  FILTRAGE: [
    [
      "Site pédagogique bloqué",
      "Le site d'un musée utilisé en histoire est bloqué par le filtrage.",
    ],
    ["Vidéos bloquées en classe", "Les vidéos de la plateforme de langues ne se chargent plus."],
  ],
  LOGICIELS_PEDAGOGIQUES: [
    [
      "Installation d'un logiciel de géométrie",
      "Les professeurs de mathématiques demandent le logiciel sur la salle 12.",
    ],
    ["Licence expirée", "Le logiciel de montage vidéo indique une licence expirée."],
  ],
  APPLICATIONS_NATIONALES: [
    [
      "Erreur à la saisie des bilans",
      "L'application nationale refuse d'enregistrer les bilans de fin de cycle.",
    ],
    [
      "Accès refusé à l'application d'orientation",
      "La secrétaire ne peut plus ouvrir l'application avec sa clé.",
    ],
  ],
  PREMIER_NIVEAU: [
    ["Câble HDMI débranché", "Le câble semble débranché derrière le bureau de l'enseignant."],
    [
      "Souris sans piles",
      "Plusieurs souris sans fil ne fonctionnent plus en salle de technologie.",
    ],
  ],
  ACCES_INTERNET: [
    ["Plus d'accès à internet", "Aucun poste du collège n'accède à internet depuis 8 h."],
    ["Internet très lent", "Le débit est si faible que l'ENT ne s'affiche plus."],
  ],
  TELEPHONIE: [
    ["Téléphone de la vie scolaire muet", "Le poste de la vie scolaire n'a plus de tonalité."],
  ],
  AUTRE: [["Prise réseau arrachée", "La prise murale de la salle 8 est arrachée."]],
};

/** The words a handler closes an incident with, per domain (a generic one otherwise). */
export const RESOLUTIONS: Partial<Record<AssistanceDomain, readonly string[]>> = {
  POSTES_PERIPHERIQUES: [
    "Disque remplacé et poste réinstallé avec l'image du collège.",
    "Barrette mémoire changée, poste testé avec l'enseignant.",
    "Batterie remplacée sous garantie.",
    "Poste réinitialisé à distance, session de nouveau rapide.",
  ],
  ECRANS_VIDEOPROJECTION: [
    "Carte de l'écran remplacée, image et tactile vérifiés.",
    "Lampe changée, heures de lampe remises à zéro.",
    "Calibrage refait et pilote mis à jour.",
  ],
  RESEAU_WIFI: [
    "Borne remplacée et reconfigurée.",
    "Commutateur redémarré, port défectueux désactivé.",
  ],
  IMPRESSION: [
    "Rouleau d'entraînement changé par le prestataire.",
    "File d'impression recréée sur le serveur.",
  ],
  ANNUAIRE_COMPTES: ["Comptes créés dans l'annuaire, identifiants remis au secrétariat."],
  ACCES_INTERNET: ["Routeur de l'opérateur remplacé, accès rétabli."],
};
export const GENERIC_RESOLUTION = "Intervention faite, fonctionnement vérifié avec le collège.";

/** Why a supplier or the collège is waited for. */
export const SUPPLIER_WAITS = [
  "Pièce commandée au constructeur, livraison annoncée sous dix jours.",
  "Matériel envoyé en réparation chez le constructeur (garantie).",
  "Intervention de l'opérateur programmée.",
];
export const COLLEGE_WAITS = [
  "Merci d'indiquer un créneau où la salle est libre.",
  "Nous attendons le nom des élèves concernés.",
];

/** A re-route: to which queue, and the handler's reason. */
export interface Reroute {
  party: "COLLECTIVITE" | "ETAT" | "EPLE";
  level: "N1" | "N2" | "N3";
  reason: string;
}
/** The re-routes a handler of the party makes, by the domain's first queue. */
export const REROUTES: Record<string, readonly Reroute[]> = {
  COLLECTIVITE: [
    {
      party: "EPLE",
      level: "N1",
      reason: "Simple réglage (source, câble) : le référent du collège peut le faire.",
    },
    {
      party: "COLLECTIVITE",
      level: "N3",
      reason: "Panne sous garantie : transmise au constructeur.",
    },
    {
      party: "ETAT",
      level: "N2",
      reason: "Le défaut vient d'une application nationale : transmis à l'assistance académique.",
    },
  ],
  ETAT: [
    {
      party: "COLLECTIVITE",
      level: "N2",
      reason: "Le poste lui-même est en cause : renvoyé au service de la collectivité.",
    },
  ],
  EPLE: [
    {
      party: "COLLECTIVITE",
      level: "N2",
      reason: "Vérifications faites sans succès : il faut un technicien.",
    },
  ],
};

export const REPORTER_COMMENTS = [
  "Le problème se reproduit aussi dans la salle voisine.",
  "Pouvez-vous intervenir avant le conseil de classe de jeudi ?",
  "Merci, nous restons disponibles pour un test.",
];
export const HANDLER_NOTES = [
  "Diagnostic à distance fait, déplacement nécessaire.",
  "Même panne que l'an dernier sur ce modèle.",
  "Prévoir le remplacement au prochain plan d'équipement.",
];
export const REOPEN_REASONS = [
  "La panne est revenue dès le lendemain.",
  "Le problème persiste en classe entière.",
];
export const DISPOSAL_REASON = "Hors d'usage, réparation plus coûteuse que le remplacement.";
export const ROOMS = ["CDI", "Salle des professeurs", "Vie scolaire", "Secrétariat", "Salle 12"];

/** Urgencies drawn per domain: internet access is rare but blocks the collège. */
export const URGENCY_DRAW: Partial<Record<AssistanceDomain, readonly IncidentUrgency[]>> = {
  ACCES_INTERNET: ["HAUTE", "BLOQUANTE", "BLOQUANTE"],
  RESEAU_WIFI: ["NORMALE", "HAUTE", "HAUTE"],
  ECRANS_VIDEOPROJECTION: ["NORMALE", "NORMALE", "HAUTE"],
};
export const DEFAULT_URGENCIES: readonly IncidentUrgency[] = [
  "FAIBLE",
  "NORMALE",
  "NORMALE",
  "NORMALE",
  "HAUTE",
];
/** Domains where a report is mostly a request (an account, an install), not a failure. */
export const REQUEST_DOMAINS: readonly AssistanceDomain[] = [
  "ANNUAIRE_COMPTES",
  "LOGICIELS_PEDAGOGIQUES",
];
