import type { CSSProperties } from "react";
import {
  seriesStyle,
  type ChartReference,
  type ChartSeries,
} from "@/components/charts/chart-types";

/** A swatch drawn with the same pattern as the series' bars (or the same dash as its line). */
function swatchStyle(index: number, shape: "bar" | "line"): CSSProperties {
  const { color, pattern, dash } = seriesStyle(index);
  if (shape === "line") {
    return {
      display: "inline-block",
      width: 28,
      height: 0,
      borderTop: `3px ${dash ? "dashed" : "solid"} ${color}`,
      verticalAlign: "middle",
    };
  }
  const background =
    pattern === "hatch"
      ? `repeating-linear-gradient(45deg, ${color} 0 3px, #ffffff 3px 6px)`
      : pattern === "dots"
        ? `radial-gradient(${color} 1.5px, #ffffff 1.6px) 0 0 / 5px 5px`
        : pattern === "cross"
          ? `repeating-linear-gradient(0deg, ${color} 0 2px, #ffffff 2px 5px)`
          : color;
  return {
    display: "inline-block",
    width: 16,
    height: 12,
    background,
    border: `1.5px solid ${color}`,
    verticalAlign: "middle",
  };
}

/** The legend in text: each plotted series with its pattern, and the reference lines. */
export function ChartLegend({
  series,
  references = [],
  shape,
}: {
  series: readonly ChartSeries[];
  references?: readonly ChartReference[];
  shape: "bar" | "line";
}) {
  if (series.length < 2 && references.length === 0) return null;
  return (
    <ul className="mb-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-800">
      {series.length > 1
        ? series.map((s, i) => (
            <li key={s.key} className="flex items-center gap-2">
              <span style={swatchStyle(i, shape)} />
              {s.label}
            </li>
          ))
        : null}
      {references.length > 0 ? (
        <li className="flex items-center gap-2">
          <span
            style={{
              display: "inline-block",
              width: 0,
              height: 14,
              borderLeft: "2px dashed #334155",
              verticalAlign: "middle",
            }}
          />
          Repères : {references.map((r) => r.label).join(", ")}
        </li>
      ) : null}
    </ul>
  );
}
