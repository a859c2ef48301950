import type {
  ConventionKind,
  ConventionParty,
  SignatureStatus,
} from "@/lib/generated/prisma/enums";

/** The kinds a person creates directly; an avenant is created from the convention it amends. */
export const CONVENTION_KIND_INPUTS = ["TRIPARTITE", "CADRE", "BIPARTITE_EPLE"] as const;

export const KIND_LABELS: Record<ConventionKind, string> = {
  CADRE: "Convention-cadre",
  TRIPARTITE: "Convention tripartite",
  BIPARTITE_EPLE: "Convention collectivité–établissement",
  AVENANT: "Avenant",
};

export const KIND_PREFIXES: Record<ConventionKind, string> = {
  CADRE: "CC",
  TRIPARTITE: "CT",
  BIPARTITE_EPLE: "CE",
  AVENANT: "AV",
};

export const SIGNATURE_STATUS_LABELS: Record<SignatureStatus, string> = {
  EN_ATTENTE: "En attente",
  SIGNEE: "Signée",
  SIGNEE_HORS_PLATEFORME: "Signée hors plateforme",
  REFUSEE: "Refusée",
  ANNULEE: "Annulée (version remplacée)",
};

/** A step's state as shown everywhere: a paper signature declared by the collectivité says so. */
export function stepStatusLabel(step: {
  status: SignatureStatus;
  declaredByName: string | null;
}): string {
  if (step.status === "SIGNEE_HORS_PLATEFORME" && step.declaredByName)
    return "Signature papier déclarée par la collectivité";
  return SIGNATURE_STATUS_LABELS[step.status];
}

export const PARTY_SIGNER_LABELS: Record<ConventionParty, string> = {
  EPLE: "Chef d'établissement",
  ETAT: "Recteur ou son délégué",
  COLLECTIVITE: "Président de la collectivité ou son délégué",
};

/** The convention kinds, for components that never import the database client's module. */
export type {
  ConventionKind,
  ConventionParty,
  ConventionStatus,
  ConventionVersionStatus,
} from "@/lib/generated/prisma/enums";
