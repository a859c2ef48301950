import type {
  ConventionParty,
  ConventionStatus,
  ScopeType,
  SignatureStatus,
} from "@/lib/generated/prisma/enums";
import { todayInParis } from "@/lib/dates";

/**
 * The life of a convention, as pure functions the lib/ writes obey:
 *
 *   BROUILLON ──soumettre──▶ EN_SIGNATURE ──dernière signature──▶ EN_VIGUEUR ──résilier──▶ RESILIEE
 *       ▲                        │  refus / reprise en brouillon
 *       └────── nouvelle version ┘
 *
 * « Expirée » is not stored: a convention in force whose end date has passed reads as expired.
 */
export type ConventionAction =
  "edit" | "submit" | "sign" | "refuse" | "withdraw" | "amend" | "terminate" | "renew";

const ALLOWED: Record<ConventionAction, readonly ConventionStatus[]> = {
  edit: ["BROUILLON"],
  submit: ["BROUILLON"],
  sign: ["EN_SIGNATURE"],
  refuse: ["EN_SIGNATURE"],
  withdraw: ["EN_SIGNATURE"],
  amend: ["EN_VIGUEUR"],
  terminate: ["EN_VIGUEUR"],
  renew: ["EN_VIGUEUR"],
};

export type DisplayStatus = ConventionStatus | "EXPIREE";

export const STATUS_LABELS: Record<DisplayStatus, string> = {
  BROUILLON: "Brouillon",
  EN_SIGNATURE: "En signature",
  EN_VIGUEUR: "En vigueur",
  EXPIREE: "Expirée",
  RESILIEE: "Résiliée",
};

/** Midnight UTC of a day: @db.Date columns hold calendar days at UTC midnight. */
export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** The status a person reads: a convention in force past its end date is expired. */
export function displayStatus(
  status: ConventionStatus,
  endsOn: Date | null,
  today: Date = new Date(),
): DisplayStatus {
  if (status === "EN_VIGUEUR" && endsOn && endsOn < todayInParis(today)) return "EXPIREE";
  return status;
}

/** Whether an action applies to a convention in this state (expired conventions are not in force). */
export function canApply(
  action: ConventionAction,
  status: ConventionStatus,
  endsOn: Date | null,
  today: Date = new Date(),
): boolean {
  if (!ALLOWED[action].includes(status)) return false;
  const expired = displayStatus(status, endsOn, today) === "EXPIREE";
  if (action === "amend" || action === "terminate") return !expired;
  return true;
}

/** The party a member signs for, by the kind of space they act in. */
export function partyOfScope(scopeType: ScopeType): ConventionParty | null {
  switch (scopeType) {
    case "COLLECTIVITE":
      return "COLLECTIVITE";
    case "ACADEMIE":
      return "ETAT";
    case "ETABLISSEMENT":
      return "EPLE";
    case "PLATFORM":
      return null;
  }
}

export interface StepState {
  order: number;
  party: ConventionParty;
  status: SignatureStatus;
}

const DONE: readonly SignatureStatus[] = ["SIGNEE", "SIGNEE_HORS_PLATEFORME"];

export function isSigned(step: { status: SignatureStatus }): boolean {
  return DONE.includes(step.status);
}

/**
 * The steps open for signature now: pending, and every step of a lower order signed. Steps that
 * share an order are open together.
 */
export function openSteps<S extends StepState>(steps: readonly S[]): S[] {
  const pending = steps.filter((s) => s.status === "EN_ATTENTE");
  if (pending.length === 0) return [];
  const current = Math.min(...pending.map((s) => s.order));
  const earlierUnsigned = steps.some((s) => s.order < current && !isSigned(s));
  return earlierUnsigned ? [] : pending.filter((s) => s.order === current);
}

/** Every step signed, on the platform or on paper. */
export function allSigned(steps: readonly StepState[]): boolean {
  return steps.length > 0 && steps.every(isSigned);
}

/** The authorisation a party signs under (domain.md): what the signing form asks for. */
/**
 * What authorises each party to sign: the code stored on the step, the words every screen, e-mail
 * and certificate shows instead of it, and whether the signer's delegation recorded on their
 * membership is that authorisation (the État's signer signs under the recteur's delegation; the
 * collège and the département sign under a délibération, which the membership does not hold).
 */
export const AUTHORISATION_KINDS: Record<
  ConventionParty,
  { kind: string; label: string; referenceLabel: string; prefilledFromDelegation: boolean }
> = {
  EPLE: {
    kind: "DELIBERATION_CA",
    label: "Délibération du conseil d'administration",
    referenceLabel: "Numéro de la délibération du conseil d'administration",
    prefilledFromDelegation: false,
  },
  ETAT: {
    kind: "DELEGATION",
    label: "Délégation de signature du recteur",
    referenceLabel: "Référence de l'arrêté de délégation",
    prefilledFromDelegation: true,
  },
  COLLECTIVITE: {
    kind: "DECISION_CP",
    label: "Délibération de la commission permanente",
    referenceLabel: "Numéro de la délibération de la commission permanente",
    prefilledFromDelegation: false,
  },
};

/** The words for a stored authorisation code (« DECISION_CP »); a text that is not a code is shown as it is. */
export function authorisationKindLabel(kind: string): string {
  return Object.values(AUTHORISATION_KINDS).find((k) => k.kind === kind)?.label ?? kind;
}

/** Who engaged a step: the person who signed it on the platform or on paper, or who declared it. */
export interface StepPeople {
  id: string;
  status: SignatureStatus;
  signerId: string | null;
  declaredById: string | null;
}

/**
 * The step, other than `stepId`, that `userId` already signed or declared on this version, if
 * any: one person never engages two parties of the same convention (the parties are distinct
 * legal persons; one account holding roles in two of them must not sign for both).
 */
export function stepEngagedBy<S extends StepPeople>(
  steps: readonly S[],
  userId: string,
  stepId: string,
): S | undefined {
  return steps.find(
    (s) => s.id !== stepId && isSigned(s) && (s.signerId === userId || s.declaredById === userId),
  );
}

/** A paper signature declared by the pilot collectivité, not signed by the party's own signer. */
export function isDeclaration(step: {
  declaredById: string | null;
  declaredByName: string | null;
}): boolean {
  return step.declaredById !== null || step.declaredByName !== null;
}
