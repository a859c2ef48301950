import type { NeedOpinion, NeedStatus } from "@/lib/generated/prisma/enums";
import type { CampaignPhase } from "@/lib/campaigns/rules";
import { keysOf } from "@/lib/objects";

/** A campaign's state as people read it (the stored status and today's date together). */
export const PHASE_LABELS: Record<CampaignPhase, string> = {
  BROUILLON: "Brouillon",
  A_VENIR: "Ouverture programmée",
  OUVERTE: "Ouverte aux dépôts",
  EN_ARBITRAGE: "Dépôts clos, en arbitrage",
  ARBITREE: "Arbitrée",
};

export const NEED_STATUS_LABELS: Record<NeedStatus, string> = {
  SOUMIS: "À arbitrer",
  ACCEPTE: "Accepté",
  PARTIEL: "Accepté en partie",
  REFUSE: "Refusé",
};
export const NEED_STATUSES = keysOf(NEED_STATUS_LABELS);

/** The decisions an agent may take (SOUMIS is the absence of one). */
export const NEED_DECISIONS = [
  "ACCEPTE",
  "PARTIEL",
  "REFUSE",
] as const satisfies readonly NeedStatus[];
export type NeedDecision = (typeof NEED_DECISIONS)[number];

export const OPINION_LABELS: Record<NeedOpinion, string> = {
  FAVORABLE: "Favorable",
  RESERVE: "Favorable avec réserve",
  DEFAVORABLE: "Défavorable",
};
export const NEED_OPINIONS = keysOf(OPINION_LABELS);

export const PRIORITY_LABELS: Record<number, string> = {
  1: "1 – haute",
  2: "2 – moyenne",
  3: "3 – basse",
};

export function priorityLabel(priority: number): string {
  return PRIORITY_LABELS[priority] ?? String(priority);
}
export type { NeedOpinion, NeedStatus };
