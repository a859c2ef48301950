import { STATUS_LABELS, type DisplayStatus } from "@/lib/conventions/machine";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: Record<DisplayStatus, BadgeTone> = {
  BROUILLON: "neutral",
  EN_SIGNATURE: "warning",
  EN_VIGUEUR: "success",
  EXPIREE: "muted",
  RESILIEE: "danger",
};

/** A convention's state in words, with a border so colour is never the only cue. */
export function StatusBadge({ status }: { status: DisplayStatus }) {
  return <Badge tone={TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
