import type { NeedOpinion, NeedStatus } from "@/lib/campaigns/labels";
import type { CampaignPhase } from "@/lib/campaigns/rules";
import { NEED_STATUS_LABELS, OPINION_LABELS, PHASE_LABELS } from "@/lib/campaigns/labels";

const PHASE_STYLES: Record<CampaignPhase, string> = {
  BROUILLON: "border-slate-500 bg-slate-50 text-slate-900",
  A_VENIR: "border-blue-700 bg-blue-50 text-blue-900",
  OUVERTE: "border-green-700 bg-green-50 text-green-900",
  EN_ARBITRAGE: "border-amber-700 bg-amber-50 text-amber-900",
  ARBITREE: "border-slate-600 bg-slate-100 text-slate-800",
};

const badge = "inline-block rounded border px-2 py-0.5 text-xs font-semibold";

/** A campaign's state in words, with a border so colour is never the only cue. */
export function PhaseBadge({ phase }: { phase: CampaignPhase }) {
  return <span className={`${badge} ${PHASE_STYLES[phase]}`}>{PHASE_LABELS[phase]}</span>;
}

const STATUS_STYLES: Record<NeedStatus, string> = {
  SOUMIS: "border-slate-500 bg-white text-slate-900",
  ACCEPTE: "border-green-700 bg-green-50 text-green-900",
  PARTIEL: "border-amber-700 bg-amber-50 text-amber-900",
  REFUSE: "border-red-700 bg-red-50 text-red-900",
};

export function NeedStatusBadge({ status }: { status: NeedStatus }) {
  return <span className={`${badge} ${STATUS_STYLES[status]}`}>{NEED_STATUS_LABELS[status]}</span>;
}

const OPINION_STYLES: Record<NeedOpinion, string> = {
  FAVORABLE: "border-green-700 bg-green-50 text-green-900",
  RESERVE: "border-amber-700 bg-amber-50 text-amber-900",
  DEFAVORABLE: "border-red-700 bg-red-50 text-red-900",
};

export function OpinionBadge({ opinion }: { opinion: NeedOpinion | null }) {
  if (!opinion) return <span className="text-slate-700">Pas d&apos;avis</span>;
  return <span className={`${badge} ${OPINION_STYLES[opinion]}`}>{OPINION_LABELS[opinion]}</span>;
}
