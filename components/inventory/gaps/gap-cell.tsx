import { formatInteger } from "@/lib/format";
import type { GapLine } from "@/lib/inventory/gaps";

/** « 100 / 134 » and what it means in words: missing, beyond, or as required. */
export function GapCell({
  line,
}: {
  line: Pick<GapLine, "required" | "actual" | "missing" | "excess">;
}) {
  return (
    <>
      <span>
        {formatInteger(line.actual)} / {formatInteger(line.required)}
      </span>
      {line.missing > 0 ? (
        <span className="block text-xs font-semibold text-red-900">
          manque {formatInteger(line.missing)}
        </span>
      ) : null}
      {line.excess > 0 ? (
        <span className="block text-xs text-slate-700">{formatInteger(line.excess)} au-delà</span>
      ) : null}
      {line.missing === 0 && line.excess === 0 ? (
        <span className="block text-xs text-slate-700">conforme</span>
      ) : null}
    </>
  );
}
