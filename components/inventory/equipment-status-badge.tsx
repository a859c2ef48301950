import type { EquipmentStatus } from "@/lib/inventory/labels";
import { STATUS_LABELS } from "@/lib/inventory/labels";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: Record<EquipmentStatus, BadgeTone> = {
  EN_SERVICE: "success",
  EN_PANNE: "danger",
  EN_STOCK: "neutral",
  REFORME: "muted",
};

/** An equipment's status in words, with a border so colour is never the only cue. */
export function EquipmentStatusBadge({ status }: { status: EquipmentStatus }) {
  return (
    <Badge tone={TONES[status]} nowrap>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
