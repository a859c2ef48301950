import type { ConventionKind } from "@/lib/generated/prisma/enums";
import { NO_ASSISTANCE, type ConventionContent, type MatrixRow } from "@/lib/conventions/content";
import { ASSISTANCE } from "@/lib/conventions/templates/default-assistance";
import { CADRE_ARTICLES } from "@/lib/conventions/templates/default-cadre-articles";
import { EPLE_ARTICLES } from "@/lib/conventions/templates/default-eple-articles";
import { TRIPARTITE_ARTICLES } from "@/lib/conventions/templates/default-tripartite-articles";
import { SERVICE_LEVELS } from "@/lib/conventions/templates/default-service-levels";

/**
 * The documents a collectivité starts from: realistic wording it adapts in the template editor.
 * The grey zones of domain.md (RSSI, filtrage, annuaire, niveau 1) are settled the most common
 * way; each département changes them in its own template.
 */

const row = (
  domain: string,
  holder: MatrixRow["holder"],
  level: MatrixRow["level"],
  detail: string,
): MatrixRow => ({ domain, holder, level, detail });

const TRIPARTITE_MATRIX: MatrixRow[] = [
  row(
    "Infrastructure et câblage",
    "COLLECTIVITE",
    "",
    "Câblage, baies et locaux techniques, alimentation électrique dédiée.",
  ),
  row(
    "Réseau et Wi-Fi",
    "COLLECTIVITE",
    "N2",
    "Conception, déploiement et supervision du réseau local, du Wi-Fi et de l'accès à internet.",
  ),
  row(
    "Politique de sécurité (PSSI) et RSSI",
    "ETAT",
    "",
    "Définie par le RSSI académique ; appliquée par la collectivité sur les équipements dont elle a la charge.",
  ),
  row(
    "Filtrage de l'accès à internet",
    "PARTAGE",
    "N2",
    "Règles : académie ; mise en œuvre et exploitation : collectivité ; demandes de blocage ou de déblocage : établissement.",
  ),
  row(
    "Annuaire et comptes des utilisateurs",
    "COLLECTIVITE",
    "N1",
    "Annuaire et alimentation du système d'information du collège, comptes de l'ENT et des postes : collectivité (loi du 8 juillet 2013) ; identités des personnels de l'État : académie.",
  ),
  row(
    "Équipements : acquisition et renouvellement",
    "COLLECTIVITE",
    "",
    "Selon le plan d'équipement ; achats de l'établissement sur budget propre après avis technique.",
  ),
  row(
    "Logiciels de mise en service et d'administration",
    "COLLECTIVITE",
    "N2",
    "Systèmes d'exploitation, déploiement, gestion de parc et des terminaux mobiles.",
  ),
  row(
    "Logiciels et ressources pédagogiques",
    "PARTAGE",
    "",
    "Ressources nationales et académiques : État ; licences propres : établissement ; installation : collectivité.",
  ),
  row(
    "Espace numérique de travail (ENT)",
    "COLLECTIVITE",
    "N1",
    "Compétence de la collectivité : marché, financement, annuaire et assistance ; accompagnement pédagogique : académie ; administration locale : établissement.",
  ),
  row(
    "Maintenance de niveau 0",
    "EPLE",
    "N0",
    "Vérifications élémentaires par l'utilisateur ou le référent avant tout signalement.",
  ),
  row(
    "Maintenance de niveau 1",
    "EPLE",
    "N1",
    "Référent technique ou agent formé, avec l'assistance à distance de la collectivité.",
  ),
  row(
    "Maintenance de niveau 2",
    "COLLECTIVITE",
    "N2",
    "Techniciens de la collectivité ou prestataire : diagnostic, réparation, échange, réinstallation.",
  ),
  row(
    "Maintenance de niveau 3",
    "COLLECTIVITE",
    "N3",
    "Garanties des constructeurs et support des éditeurs, mis en jeu par la collectivité.",
  ),
  row(
    "Formation des personnels",
    "ETAT",
    "",
    "Usages pédagogiques : DRANE ; prise en main des équipements neufs : collectivité ou fournisseur.",
  ),
  row(
    "Évaluation des usages",
    "PARTAGE",
    "",
    "Indicateurs partagés, présentés chaque année au comité de pilotage.",
  ),
  row(
    "Données personnelles",
    "PARTAGE",
    "",
    "Chaque partie pour ses traitements ; ENT en responsabilité conjointe.",
  ),
  row(
    "Inventaire des équipements",
    "PARTAGE",
    "",
    "Tenu par la collectivité, vérifié chaque année par l'établissement.",
  ),
];

const CADRE_MATRIX: MatrixRow[] = [
  row(
    "Infrastructure et câblage des collèges",
    "COLLECTIVITE",
    "",
    "Programmes de travaux et de câblage de l'ensemble des collèges.",
  ),
  row(
    "Raccordement des collèges à internet",
    "COLLECTIVITE",
    "N2",
    "Marché de raccordement, débit adapté aux effectifs, supervision.",
  ),
  row(
    "Réseau local et Wi-Fi",
    "COLLECTIVITE",
    "N2",
    "Référentiel technique commun à tous les collèges.",
  ),
  row(
    "Politique de sécurité (PSSI) et RSSI",
    "ETAT",
    "",
    "RSSI académique ; correspondant sécurité désigné par la collectivité.",
  ),
  row(
    "Filtrage de l'accès à internet",
    "PARTAGE",
    "N2",
    "Règles : académie ; solution et exploitation : collectivité.",
  ),
  row(
    "Annuaire et identités numériques",
    "COLLECTIVITE",
    "",
    "Annuaire et alimentation du système d'information des collèges : collectivité (loi du 8 juillet 2013), à partir des bases de gestion de l'académie.",
  ),
  row(
    "Équipements : plan et acquisition",
    "COLLECTIVITE",
    "",
    "Plan pluriannuel d'équipement, après avis pédagogique de l'académie.",
  ),
  row(
    "Logiciels de mise en service et d'administration",
    "COLLECTIVITE",
    "N2",
    "Socle logiciel commun, gestion de parc et des terminaux mobiles.",
  ),
  row("Ressources pédagogiques", "ETAT", "", "Ressources nationales et académiques."),
  row(
    "Espace numérique de travail (ENT)",
    "COLLECTIVITE",
    "",
    "Compétence de la collectivité (marché, financement, annuaire), souvent achetée avec les autres collectivités de l'académie ; accompagnement pédagogique : académie.",
  ),
  row(
    "Maintenance de niveau 0",
    "EPLE",
    "N0",
    "Dans chaque collège, selon sa convention d'application.",
  ),
  row(
    "Maintenance de niveau 1",
    "EPLE",
    "N1",
    "Référent technique ou agent formé ; assistance à distance de la collectivité.",
  ),
  row(
    "Maintenance de niveau 2",
    "COLLECTIVITE",
    "N2",
    "Service de maintenance de la collectivité ou prestataire.",
  ),
  row("Maintenance de niveau 3", "COLLECTIVITE", "N3", "Garanties et contrats de support."),
  row("Formation des personnels", "ETAT", "", "Plan académique de formation, DRANE."),
  row(
    "Évaluation des usages",
    "PARTAGE",
    "",
    "Indicateurs communs examinés par le comité de pilotage.",
  ),
  row(
    "Données personnelles",
    "PARTAGE",
    "",
    "Chaque partie pour ses traitements ; ENT en responsabilité conjointe.",
  ),
];

const NO_REFERENTS = { numerique: "", technique: "", collectivite: "" };

/** What each party commits to, in figures the annual review measures or the party follows. */
const TRIPARTITE_COMMITMENTS: ConventionContent["commitments"] = [
  {
    party: "COLLECTIVITE",
    kind: "PRISE_EN_CHARGE",
    label: "Prendre en charge les incidents dans les délais des niveaux de service",
    target: 90,
  },
  {
    party: "COLLECTIVITE",
    kind: "RESOLUTION",
    label: "Résoudre les incidents dans les délais des niveaux de service",
    target: 80,
  },
  {
    party: "EPLE",
    kind: "REFERENTS",
    label: "Désigner un référent numérique et un référent technique",
    target: 2,
  },
  {
    party: "ETAT",
    kind: "HEURES_FORMATION",
    label: "Former les enseignants aux usages des équipements",
    target: 12,
  },
];

const CADRE_COMMITMENTS: ConventionContent["commitments"] = [
  {
    party: "COLLECTIVITE",
    kind: "ETP_TECHNICIENS",
    label: "Techniciens de secteur au service des collèges",
    target: 6,
  },
  {
    party: "ETAT",
    kind: "HEURES_FORMATION",
    label: "Formation des enseignants au numérique dans le département",
    target: 300,
  },
];

export const DEFAULT_TRIPARTITE_CONTENT: ConventionContent = {
  articles: TRIPARTITE_ARTICLES,
  matrix: TRIPARTITE_MATRIX,
  serviceLevels: SERVICE_LEVELS,
  commitments: TRIPARTITE_COMMITMENTS,
  assistance: ASSISTANCE,
  annexes: { inventory: true, serviceLevels: true },
  signingOrder: [
    { party: "EPLE", order: 1 },
    { party: "ETAT", order: 2 },
    { party: "COLLECTIVITE", order: 3 },
  ],
  referents: NO_REFERENTS,
  notApplicable: [],
};

export const DEFAULT_CADRE_CONTENT: ConventionContent = {
  articles: CADRE_ARTICLES,
  matrix: CADRE_MATRIX,
  serviceLevels: SERVICE_LEVELS,
  commitments: CADRE_COMMITMENTS,
  assistance: ASSISTANCE,
  // A département-wide inventory would run to thousands of lines: each collège annexes its own.
  annexes: { inventory: false, serviceLevels: true },
  signingOrder: [
    { party: "ETAT", order: 1 },
    { party: "COLLECTIVITE", order: 2 },
  ],
  referents: NO_REFERENTS,
  notApplicable: [],
};

/** Who does what for the equipment between the collectivité and one collège. */
const EPLE_MATRIX: MatrixRow[] = [
  row(
    "Acquisition, installation et renouvellement des équipements",
    "COLLECTIVITE",
    "",
    "Selon le plan d'équipement de la collectivité.",
  ),
  row(
    "Réseau local, Wi-Fi et accès à internet",
    "COLLECTIVITE",
    "N2",
    "Conception, déploiement et supervision.",
  ),
  row(
    "Garde des équipements et usage conforme",
    "EPLE",
    "",
    "Charte d'usage au règlement intérieur ; déclaration des pertes, vols et dégradations.",
  ),
  row(
    "Vérifications élémentaires et signalement",
    "EPLE",
    "N0",
    "Par l'utilisateur ou le référent, avant tout signalement.",
  ),
  row(
    "Réglages simples et consommables",
    "EPLE",
    "N1",
    "Par le référent technique ou un agent formé par la collectivité.",
  ),
  row(
    "Diagnostic, réparation et réinstallation",
    "COLLECTIVITE",
    "N2",
    "Techniciens de la collectivité ou son prestataire.",
  ),
  row(
    "Garanties constructeurs et éditeurs",
    "COLLECTIVITE",
    "N3",
    "Déclenchées par la collectivité.",
  ),
  row(
    "Prêt d'équipements aux élèves et aux personnels",
    "EPLE",
    "",
    "Conventions de prêt signées par les emprunteurs, liste des prêts tenue par l'établissement.",
  ),
  row(
    "Inventaire",
    "PARTAGE",
    "",
    "Tenu par la collectivité, vérifié chaque année par l'établissement.",
  ),
  row("Assurance des équipements", "COLLECTIVITE", "", "En qualité de propriétaire."),
];

const EPLE_COMMITMENTS: ConventionContent["commitments"] = [
  {
    party: "COLLECTIVITE",
    kind: "AUTRE",
    label: "Remplacer un équipement hors d'usage, en jours ouvrés au plus",
    target: 10,
  },
  {
    party: "EPLE",
    kind: "REFERENTS",
    label: "Désigner un référent technique et un référent numérique",
    target: 2,
  },
];

/**
 * The convention collectivité–EPLE on the equipment: its matrix in words only. Incidents are
 * routed and measured by the collège's tripartite convention, so it routes nothing itself.
 */
export const DEFAULT_EPLE_CONTENT: ConventionContent = {
  articles: EPLE_ARTICLES,
  matrix: EPLE_MATRIX,
  serviceLevels: SERVICE_LEVELS,
  commitments: EPLE_COMMITMENTS,
  assistance: NO_ASSISTANCE,
  annexes: { inventory: true, serviceLevels: true },
  signingOrder: [
    { party: "EPLE", order: 1 },
    { party: "COLLECTIVITE", order: 2 },
  ],
  referents: NO_REFERENTS,
  notApplicable: [],
};

/** The default document of a template kind. */
export function defaultContentOf(kind: Exclude<ConventionKind, "AVENANT">): ConventionContent {
  if (kind === "CADRE") return DEFAULT_CADRE_CONTENT;
  if (kind === "BIPARTITE_EPLE") return DEFAULT_EPLE_CONTENT;
  return DEFAULT_TRIPARTITE_CONTENT;
}
