import type {
  ActionState,
  AttendanceStatus,
  BodyCadence,
  BodyKind,
  BodyMemberRole,
  DecisionKind,
  MeetingStatus,
  MinutesApprovalStatus,
  MinutesStatus,
} from "@/lib/generated/prisma/enums";
import { keysOf } from "@/lib/objects";

export { PARTIES } from "@/lib/conventions/vocabulary";

/*
 * The words of governance bodies (domain.md, « Governance bodies »): what the pages and the
 * exports print for each code.
 */

export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  COMITE_PILOTAGE: "Comité de pilotage",
  COMITE_TECHNIQUE: "Comité technique",
  GROUPE_THEMATIQUE: "Groupe de travail thématique",
  COMITE_SUIVI: "Comité de suivi",
  COMMISSION_NUMERIQUE: "Commission numérique d'établissement",
};
export const BODY_KINDS = keysOf(BODY_KIND_LABELS);

/** The kinds of a body shared by a collectivité and an académie; a collège's is its commission. */
export const SHARED_BODY_KINDS = BODY_KINDS.filter((k) => k !== "COMMISSION_NUMERIQUE");

export const CADENCE_LABELS: Record<BodyCadence, string> = {
  MENSUELLE: "Tous les mois",
  HUIT_SEMAINES: "Toutes les 8 semaines",
  TRIMESTRIELLE: "Tous les trimestres",
  SEMESTRIELLE: "Tous les semestres",
  ANNUELLE: "Une fois par an",
  A_LA_DEMANDE: "À la demande",
};
export const CADENCES = keysOf(CADENCE_LABELS);

export const MEMBER_ROLE_LABELS: Record<BodyMemberRole, string> = {
  COPRESIDENT: "Coprésident",
  MEMBRE: "Membre",
};
export const MEMBER_ROLES = keysOf(MEMBER_ROLE_LABELS);

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  PREVUE: "Prévue, pas encore convoquée",
  CONVOQUEE: "Convoquée",
  ANNULEE: "Annulée",
};

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  PRESENT: "Présent",
  EXCUSE: "Excusé",
  REPRESENTE: "Excusé, représenté",
  ABSENT: "Absent",
};
export const ATTENDANCE_STATUSES = keysOf(ATTENDANCE_LABELS);

export const MINUTES_STATUS_LABELS: Record<MinutesStatus, string> = {
  BROUILLON: "En rédaction",
  EN_APPROBATION: "Figé, en approbation par les coprésidents",
  APPROUVE: "Approuvé",
};

export const APPROVAL_STATUS_LABELS: Record<MinutesApprovalStatus, string> = {
  EN_ATTENTE: "Approbation attendue",
  APPROUVEE: "Approuvé",
  CORRECTION_DEMANDEE: "Correction demandée",
  CADUQUE: "Sans objet (correction demandée par un autre coprésident)",
};

export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  DECISION: "Décision",
  ACTION: "Action",
};
export const DECISION_KINDS = keysOf(DECISION_KIND_LABELS);

export const ACTION_STATE_LABELS: Record<ActionState, string> = {
  A_FAIRE: "À faire",
  EN_COURS: "En cours",
  FAITE: "Faite",
  ABANDONNEE: "Abandonnée",
};
export const ACTION_STATES = keysOf(ACTION_STATE_LABELS);

/** The states of an action still carried from meeting to meeting. */
export const OPEN_ACTION_STATES = ["A_FAIRE", "EN_COURS"] as const satisfies readonly ActionState[];
