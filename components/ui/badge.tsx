import type { ReactNode } from "react";

/** The colours a state may take; each pairs a border with its background and text. */
const TONES = {
  neutral: "border-slate-500 bg-slate-50 text-slate-900",
  plain: "border-slate-500 bg-white text-slate-900",
  muted: "border-slate-600 bg-slate-100 text-slate-800",
  info: "border-blue-700 bg-blue-50 text-blue-900",
  success: "border-green-700 bg-green-50 text-green-900",
  warning: "border-amber-700 bg-amber-50 text-amber-900",
  danger: "border-red-700 bg-red-50 text-red-900",
} as const;

export type BadgeTone = keyof typeof TONES;

/** A state in words, with a border so colour is never the only cue. */
export function Badge({
  tone,
  nowrap = false,
  children,
}: {
  tone: BadgeTone;
  /** Kept on one line (in a table cell). */
  nowrap?: boolean;
  children: ReactNode;
}) {
  return (
    <span
      className={`inline-block${nowrap ? " whitespace-nowrap" : ""} rounded border px-2 py-0.5 text-xs font-semibold ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
