import type { NeedOpinion, NeedStatus } from "@/lib/campaigns/labels";
import type { CampaignPhase } from "@/lib/campaigns/rules";
import { NEED_STATUS_LABELS, OPINION_LABELS, PHASE_LABELS } from "@/lib/campaigns/labels";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const PHASE_TONES: Record<CampaignPhase, BadgeTone> = {
  BROUILLON: "neutral",
  A_VENIR: "info",
  OUVERTE: "success",
  EN_ARBITRAGE: "warning",
  ARBITREE: "muted",
};

/** A campaign's state in words, with a border so colour is never the only cue. */
export function PhaseBadge({ phase }: { phase: CampaignPhase }) {
  return <Badge tone={PHASE_TONES[phase]}>{PHASE_LABELS[phase]}</Badge>;
}

const STATUS_TONES: Record<NeedStatus, BadgeTone> = {
  SOUMIS: "plain",
  ACCEPTE: "success",
  PARTIEL: "warning",
  REFUSE: "danger",
};

export function NeedStatusBadge({ status }: { status: NeedStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{NEED_STATUS_LABELS[status]}</Badge>;
}

const OPINION_TONES: Record<NeedOpinion, BadgeTone> = {
  FAVORABLE: "success",
  RESERVE: "warning",
  DEFAVORABLE: "danger",
};

export function OpinionBadge({ opinion }: { opinion: NeedOpinion | null }) {
  if (!opinion) return <span className="text-slate-700">Pas d&apos;avis</span>;
  return <Badge tone={OPINION_TONES[opinion]}>{OPINION_LABELS[opinion]}</Badge>;
}
