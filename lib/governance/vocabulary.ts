import type { BodyCadence, BodyKind, BodyMemberRole } from "@/lib/generated/prisma/enums";
import { keysOf } from "@/lib/objects";

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
