import type { EquipmentStatus } from "@/lib/inventory/labels";
import { STATUS_LABELS } from "@/lib/inventory/labels";

const STYLES: Record<EquipmentStatus, string> = {
  EN_SERVICE: "border-green-700 bg-green-50 text-green-900",
  EN_PANNE: "border-red-700 bg-red-50 text-red-900",
  EN_STOCK: "border-slate-500 bg-slate-50 text-slate-900",
  REFORME: "border-slate-600 bg-slate-100 text-slate-800",
};

/** An equipment's status in words, with a border so colour is never the only cue. */
export function EquipmentStatusBadge({ status }: { status: EquipmentStatus }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}
