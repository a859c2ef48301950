import type {
  ConventionParty,
  EquipmentCategory,
  IncidentKind,
  IncidentStatus,
  IncidentUrgency,
} from "@/lib/generated/prisma/enums";
import { keysOf } from "@/lib/objects";

/*
 * The words of assistance that forms and pages need in the browser: domains, urgencies, states,
 * levels. Kept apart from the zod schemas so that a client component importing a label does not
 * bring zod into the page's JavaScript.
 */

/**
 * The domains an incident or a request is about. A convention's matrix routes each one it names
 * (lib/conventions/content.ts, `assistance.routing`); the codes stay stable so that the measures
 * compare collèges and years.
 */
export const ASSISTANCE_DOMAIN_LABELS = {
  ACCES_INTERNET: "Accès à internet",
  RESEAU_WIFI: "Réseau et Wi-Fi",
  POSTES_PERIPHERIQUES: "Postes et périphériques",
  ECRANS_VIDEOPROJECTION: "Vidéoprojection et écrans interactifs",
  IMPRESSION: "Impression",
  ENT: "Espace numérique de travail (ENT)",
  ANNUAIRE_COMPTES: "Annuaire et comptes",
  FILTRAGE: "Filtrage de l'accès à internet",
  LOGICIELS_PEDAGOGIQUES: "Logiciels pédagogiques",
  APPLICATIONS_NATIONALES: "Applications nationales",
  TELEPHONIE: "Téléphonie",
  PREMIER_NIVEAU: "Vérifications et réglages simples",
  AUTRE: "Autre",
} as const;
export type AssistanceDomain = keyof typeof ASSISTANCE_DOMAIN_LABELS;
export const ASSISTANCE_DOMAINS = keysOf(ASSISTANCE_DOMAIN_LABELS);

/** The domain an equipment item's incident is about, to prefill the report. */
export const DOMAIN_OF_CATEGORY: Record<EquipmentCategory, AssistanceDomain> = {
  POSTE_FIXE: "POSTES_PERIPHERIQUES",
  PORTABLE: "POSTES_PERIPHERIQUES",
  ULTRAPORTABLE: "POSTES_PERIPHERIQUES",
  TABLETTE: "POSTES_PERIPHERIQUES",
  EIM: "POSTES_PERIPHERIQUES",
  CLASSE_MOBILE: "POSTES_PERIPHERIQUES",
  TNI_TBI: "ECRANS_VIDEOPROJECTION",
  VPI: "ECRANS_VIDEOPROJECTION",
  ENI: "ECRANS_VIDEOPROJECTION",
  VIDEOPROJECTEUR: "ECRANS_VIDEOPROJECTION",
  IMPRIMANTE: "IMPRESSION",
  SERVEUR: "RESEAU_WIFI",
  BORNE_WIFI: "RESEAU_WIFI",
  COMMUTATEUR: "RESEAU_WIFI",
  TELEPHONIE_IP: "TELEPHONIE",
  LICENCE_MDM: "POSTES_PERIPHERIQUES",
  RECHANGE: "POSTES_PERIPHERIQUES",
  AUTRE: "AUTRE",
};

/** The levels a routing rule or a service level names (domain.md, maintenance levels). */
export const ROUTING_LEVELS = ["N0", "N1", "N2", "N3"] as const;
export type RoutingLevel = (typeof ROUTING_LEVELS)[number];

/** The parties that handle incidents: a routing rule names one, never « partagé ». */
export const HANDLER_PARTY_LABELS: Record<ConventionParty, string> = {
  COLLECTIVITE: "Collectivité",
  ETAT: "Académie (État)",
  EPLE: "Établissement",
};
export const HANDLER_PARTIES = keysOf(HANDLER_PARTY_LABELS);

/** The queue a party's incidents land in, as its members read it. */
export const QUEUE_LABELS: Record<ConventionParty, string> = {
  COLLECTIVITE: "Service numérique de la collectivité",
  ETAT: "Assistance académique",
  EPLE: "Établissement (référent technique)",
};

export const INCIDENT_KIND_LABELS: Record<IncidentKind, string> = {
  INCIDENT: "Incident",
  DEMANDE: "Demande",
};
export const INCIDENT_KINDS = keysOf(INCIDENT_KIND_LABELS);

export const URGENCY_LABELS: Record<IncidentUrgency, string> = {
  FAIBLE: "Faible",
  NORMALE: "Normale",
  HAUTE: "Haute",
  BLOQUANTE: "Bloquante (les cours ne peuvent pas se tenir)",
};
export const URGENCIES = keysOf(URGENCY_LABELS);
export type UrgencyCode = IncidentUrgency;

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  NOUVEAU: "Nouveau",
  PRIS_EN_CHARGE: "Pris en charge",
  EN_ATTENTE_COLLEGE: "En attente du collège",
  EN_ATTENTE_FOURNISSEUR: "En attente d'un fournisseur",
  RESOLU: "Résolu",
  CLOS: "Clos",
};
export const INCIDENT_STATUSES = keysOf(INCIDENT_STATUS_LABELS);
/** An incident state, for components (which do not import the generated client). */
export type IncidentStatusCode = IncidentStatus;

/** States in which the incident is still someone's work. */
export const OPEN_STATUSES: readonly IncidentStatus[] = [
  "NOUVEAU",
  "PRIS_EN_CHARGE",
  "EN_ATTENTE_COLLEGE",
  "EN_ATTENTE_FOURNISSEUR",
];
/** States in which the service-level clock stands still. */
export const PAUSED_STATUSES: readonly IncidentStatus[] = [
  "EN_ATTENTE_COLLEGE",
  "EN_ATTENTE_FOURNISSEUR",
];

/** How a service level counts: working hours, or working days of the calendar's day length. */
export const SLA_UNIT_LABELS = {
  HEURES_OUVREES: "heures ouvrées",
  JOURS_OUVRES: "jours ouvrés",
};
export type SlaUnit = keyof typeof SLA_UNIT_LABELS;
export const SLA_UNITS = keysOf(SLA_UNIT_LABELS);
