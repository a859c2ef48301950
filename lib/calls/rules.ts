import type { EducationPrioritaire, Secteur } from "@/lib/generated/prisma/enums";

/** What a call says about who may apply. */
export interface Eligibility {
  eligiblePublic: boolean;
  eligiblePrivate: boolean;
  prioritaireOnly: boolean;
}

/** Why a collège may not apply to a call, in French; null when it may. */
export function ineligibility(
  call: Eligibility,
  college: { secteur: Secteur; educationPrioritaire: EducationPrioritaire | null; etat: string },
): string | null {
  if (college.etat !== "OUVERT") return "Votre collège est fermé.";
  if (college.secteur === "PUBLIC" && !call.eligiblePublic)
    return "Cet appel s'adresse aux collèges privés.";
  if (college.secteur === "PRIVE" && !call.eligiblePrivate)
    return "Cet appel s'adresse aux collèges publics.";
  if (call.prioritaireOnly && !college.educationPrioritaire)
    return "Cet appel s'adresse aux collèges de l'éducation prioritaire (REP, REP+).";
  return null;
}

/** Who may apply, in words. */
export function eligibilityText(call: Eligibility): string {
  const sectors =
    call.eligiblePublic && call.eligiblePrivate
      ? "collèges publics et privés"
      : call.eligiblePublic
        ? "collèges publics"
        : "collèges privés";
  return call.prioritaireOnly ? `${sectors} de l'éducation prioritaire (REP, REP+)` : sectors;
}

export type CallPhase = "BROUILLON" | "A_VENIR" | "OUVERT" | "CLOS";

/** Where a call stands on a day: drafting, published but not open yet, open, past its deadline. */
export function callPhase(
  call: { status: "BROUILLON" | "PUBLIE"; opensOn: Date; closesOn: Date },
  today: Date,
): CallPhase {
  if (call.status === "BROUILLON") return "BROUILLON";
  if (today < call.opensOn) return "A_VENIR";
  if (today > call.closesOn) return "CLOS";
  return "OUVERT";
}

export const CALL_PHASE_LABELS: Record<CallPhase, string> = {
  BROUILLON: "En préparation",
  A_VENIR: "Publié, candidatures à venir",
  OUVERT: "Candidatures ouvertes",
  CLOS: "Candidatures closes",
};

export const APPLICATION_STATUS_LABELS = {
  BROUILLON: "Brouillon",
  DEPOSE: "Déposé",
} as const;

/** The rows of the scoring grid the call's form shows. */
export const CRITERIA_ROWS = 6;
