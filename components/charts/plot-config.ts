import {
  formatChartValue,
  type ChartRow,
  type ChartSeries,
  type ChartValueKind,
} from "@/components/charts/chart-types";

/** What the bar and line plots share: the category key, the axes' ticks, the data and the tooltip. */
export const LABEL_KEY = "__label";
export const AXIS = { fontSize: 12, fill: "#334155" } as const;

/** One recharts datum a row: its axis label under LABEL_KEY, then its values. */
export function plotData(rows: readonly ChartRow[]) {
  return rows.map((row) => ({ [LABEL_KEY]: row.axisLabel ?? row.label, ...row.values }));
}

/** The tooltip's text of a value: formatted as its series is, named by the series' label. */
export function tooltipFormatter(plotted: readonly ChartSeries[], kind: ChartValueKind) {
  return (value: unknown, name: string | number | undefined): [string, string] => {
    const s = plotted.find((p) => p.key === name);
    return [
      formatChartValue(typeof value === "number" ? value : Number(value), s?.kind ?? kind),
      s?.label ?? String(name),
    ];
  };
}
