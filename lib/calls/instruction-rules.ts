import type { ApplicationDecision } from "@/lib/generated/prisma/enums";

export type { ApplicationDecision };

/** The two parties that instruct a call: the collectivité, and the académie (the État) of a joint call. */
export type CallParty = "COLLECTIVITE" | "ETAT";

export const CALL_PARTY_LABELS: Record<CallParty, string> = {
  COLLECTIVITE: "la collectivité",
  ETAT: "l'académie",
};

export const DECISION_LABELS: Record<ApplicationDecision, string> = {
  RETENU: "Retenu",
  RETENU_SOUS_CONDITIONS: "Retenu sous conditions",
  AJOURNE: "Ajourné",
  REFUSE: "Refusé",
};

/** A decision that funds the dossier (and counts against the envelope). */
export const isRetained = (decision: ApplicationDecision | null): boolean =>
  decision === "RETENU" || decision === "RETENU_SOUS_CONDITIONS";

/** Two parties' totals this far apart (points out of 100) are a disagreement the committee discusses. */
export const DISAGREEMENT_POINTS = 15;

/** One party's scoring as the other reads it. */
export interface PartyScore {
  party: CallParty;
  points: number[];
  total: number;
  note: string | null;
  scoredAt: Date;
  scoredByName: string;
}

export interface ScoreView {
  own: PartyScore | null;
  /** The other party's scoring, once both have scored (never its note); null before. */
  other: PartyScore | null;
  /** Whether the other party has scored, even while its scores stay hidden. */
  otherScored: boolean;
  /** The mean of the parties' totals once every party of the call has scored; null before. */
  combined: number | null;
  /** |collectivité − académie| once both have scored. */
  gap: number | null;
  disagreement: boolean;
}

/**
 * What one party may read of a dossier's scores: its own, and the other party's only once both
 * have scored (without its private note), so that neither scores under the other's influence. A
 * call of the collectivité alone has a single scorer, whose total is the combined score.
 */
export function scoreView(
  scores: readonly PartyScore[],
  reader: CallParty | null,
  joint: boolean,
): ScoreView {
  const collectivite = scores.find((s) => s.party === "COLLECTIVITE") ?? null;
  const etat = joint ? (scores.find((s) => s.party === "ETAT") ?? null) : null;
  const complete = collectivite !== null && (!joint || etat !== null);
  const own = reader === "COLLECTIVITE" ? collectivite : reader === "ETAT" ? etat : null;
  const otherRaw = reader === "COLLECTIVITE" ? etat : reader === "ETAT" ? collectivite : null;
  const gap = joint && collectivite && etat ? Math.abs(collectivite.total - etat.total) : null;
  return {
    own,
    other: complete && otherRaw ? { ...otherRaw, note: null } : null,
    otherScored: otherRaw !== null,
    combined: !complete
      ? null
      : joint
        ? (collectivite.total + etat!.total) / 2
        : collectivite.total,
    gap: complete ? gap : null,
    disagreement: complete && gap !== null && gap >= DISAGREEMENT_POINTS,
  };
}

/** The months after the decision when the collège reports on a funded project. */
export const REPORT_MILESTONES = [6, 12, 24] as const;
export type ReportMilestone = (typeof REPORT_MILESTONES)[number];

/** The calendar day `months` after `from` (a UTC-midnight day), the last day of a shorter month. */
export function addMonths(from: Date, months: number): Date {
  const year = from.getUTCFullYear();
  const month = from.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(from.getUTCDate(), lastDay)));
}

/** Where each report of a funded project stands on a day: filed, due (within 30 days), late, or later. */
export function reportSchedule(
  decidedOn: Date,
  filed: readonly number[],
  today: Date,
): {
  milestone: ReportMilestone;
  dueOn: Date;
  state: "DEPOSE" | "A_VENIR" | "ATTENDU" | "EN_RETARD";
}[] {
  return REPORT_MILESTONES.map((milestone) => {
    const dueOn = addMonths(decidedOn, milestone);
    const daysLeft = Math.round((dueOn.getTime() - today.getTime()) / 86_400_000);
    const state = filed.includes(milestone)
      ? ("DEPOSE" as const)
      : daysLeft < 0
        ? ("EN_RETARD" as const)
        : daysLeft <= 30
          ? ("ATTENDU" as const)
          : ("A_VENIR" as const);
    return { milestone, dueOn, state };
  });
}

export const REPORT_STATE_LABELS = {
  DEPOSE: "Déposé",
  A_VENIR: "À venir",
  ATTENDU: "Attendu",
  EN_RETARD: "En retard",
} as const;

/** The parties that instruct a call: the collectivité, and the académie when it co-pilots. */
export const callParties = (call: { academieCode: string | null }): CallParty[] =>
  call.academieCode ? ["COLLECTIVITE", "ETAT"] : ["COLLECTIVITE"];
