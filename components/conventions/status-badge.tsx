import { STATUS_LABELS, type DisplayStatus } from "@/lib/conventions/machine";

const STYLES: Record<DisplayStatus, string> = {
  BROUILLON: "border-slate-500 bg-slate-50 text-slate-900",
  EN_SIGNATURE: "border-amber-700 bg-amber-50 text-amber-900",
  EN_VIGUEUR: "border-green-700 bg-green-50 text-green-900",
  EXPIREE: "border-slate-600 bg-slate-100 text-slate-800",
  RESILIEE: "border-red-700 bg-red-50 text-red-900",
};

/** A convention's state in words, with a border so colour is never the only cue. */
export function StatusBadge({ status }: { status: DisplayStatus }) {
  return (
    <span
      className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}
