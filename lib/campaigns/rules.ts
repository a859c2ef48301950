import type { CampaignStatus, NeedStatus } from "@/lib/generated/prisma/enums";
import { formatCents } from "@/lib/format";
import type { NeedDecision } from "@/lib/campaigns/labels";

/**
 * Pure rules of a needs campaign. Dates are calendar days (UTC midnight, as @db.Date stores them)
 * and `today` is Paris's (todayInParis).
 */
export type CampaignPhase = "BROUILLON" | "A_VENIR" | "OUVERTE" | "EN_ARBITRAGE" | "ARBITREE";

export interface CampaignDates {
  status: CampaignStatus;
  opensOn: Date;
  closesOn: Date;
}

/** What a campaign is today: an open campaign past its deadline is being arbitrated. */
export function campaignPhase(campaign: CampaignDates, today: Date): CampaignPhase {
  if (campaign.status === "BROUILLON" || campaign.status === "ARBITREE") return campaign.status;
  if (today < campaign.opensOn) return "A_VENIR";
  if (today <= campaign.closesOn) return "OUVERTE";
  return "EN_ARBITRAGE";
}

/** Collèges submit, edit and withdraw needs only while the campaign is open, deadline day included. */
export function acceptsSubmissions(campaign: CampaignDates, today: Date): boolean {
  return campaignPhase(campaign, today) === "OUVERTE";
}

/** Decisions are taken once submissions are closed (deadline passed or closed early), never after the close. */
export function acceptsDecisions(campaign: CampaignDates, today: Date): boolean {
  return campaignPhase(campaign, today) === "EN_ARBITRAGE";
}

/** The académie's opinion may change until arbitration is closed. */
export function acceptsOpinions(campaign: CampaignDates): boolean {
  return campaign.status === "OUVERTE";
}

/** The day before `today`: the deadline a campaign closed early gets. */
export function previousDay(today: Date): Date {
  return new Date(today.getTime() - 86_400_000);
}

export interface DecisionInput {
  decision: NeedDecision;
  acceptedQuantity: number | null;
  reason: string | null;
}

export interface DecisionOutcome {
  status: NeedStatus;
  acceptedQuantity: number;
  acceptedCents: bigint;
  decisionReason: string | null;
}

/**
 * The quantities and amount a decision gives a need, or the French message of the field at fault:
 * all of it accepted; part (fewer than requested, with a reason); or refused (with a reason).
 */
export function decisionOutcome(
  need: { quantity: number; unitCostCents: bigint },
  input: DecisionInput,
): { ok: true; outcome: DecisionOutcome } | { ok: false; field: string; message: string } {
  const reason = input.reason?.trim() || null;
  switch (input.decision) {
    case "ACCEPTE":
      return {
        ok: true,
        outcome: {
          status: "ACCEPTE",
          acceptedQuantity: need.quantity,
          acceptedCents: BigInt(need.quantity) * need.unitCostCents,
          decisionReason: reason,
        },
      };
    case "PARTIEL": {
      const q = input.acceptedQuantity;
      if (q === null || !Number.isInteger(q) || q < 1 || q >= need.quantity) {
        return {
          ok: false,
          field: "acceptedQuantity",
          message: `Quantité acceptée : un nombre entier entre 1 et ${need.quantity - 1} (moins que les ${need.quantity} demandés).`,
        };
      }
      if (!reason)
        return {
          ok: false,
          field: "reason",
          message: "Motif : obligatoire pour une acceptation partielle.",
        };
      return {
        ok: true,
        outcome: {
          status: "PARTIEL",
          acceptedQuantity: q,
          acceptedCents: BigInt(q) * need.unitCostCents,
          decisionReason: reason,
        },
      };
    }
    case "REFUSE":
      if (!reason)
        return { ok: false, field: "reason", message: "Motif : obligatoire pour un refus." };
      return {
        ok: true,
        outcome: {
          status: "REFUSE",
          acceptedQuantity: 0,
          acceptedCents: 0n,
          decisionReason: reason,
        },
      };
  }
}

/**
 * Null when the accepted total stays within the envelope, else the message that names the total the
 * decision would reach and the envelope. `othersCents`: what the campaign's other needs accept.
 */
export function envelopeExcess(
  othersCents: bigint,
  decisionCents: bigint,
  envelopeCents: bigint,
): string | null {
  const total = othersCents + decisionCents;
  if (total <= envelopeCents) return null;
  return `Cette décision porterait le total accepté à ${formatCents(total)}, au-delà de l'enveloppe de la campagne (${formatCents(envelopeCents)}) : rien n'a été enregistré.`;
}

/** Accepted needs are the ones that become acquisitions. */
export function isAccepted(status: NeedStatus): boolean {
  return status === "ACCEPTE" || status === "PARTIEL";
}

/** Needs' amounts: what was requested and what was accepted, in cents. */
export function needTotals(
  needs: readonly {
    quantity: number;
    unitCostCents: bigint;
    status: NeedStatus;
    acceptedCents: bigint | null;
  }[],
) {
  let requestedCents = 0n;
  let acceptedCents = 0n;
  for (const need of needs) {
    requestedCents += BigInt(need.quantity) * need.unitCostCents;
    if (isAccepted(need.status)) acceptedCents += need.acceptedCents ?? 0n;
  }
  return { requestedCents, acceptedCents };
}
