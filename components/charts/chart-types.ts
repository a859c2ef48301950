import { formatCents, formatDecimal, formatInteger } from "@/lib/format";

/*
 * The data a chart takes: pre-aggregated by lib/ and converted to plain numbers by the server
 * component that renders it (amounts in cents, rates from 0 to 1). Charts compute nothing.
 */

/** How a value reads: cents as « 1 234,56 € », an integer as « 1 234 », a decimal as « 33,8 », a rate as « 42,5 % ». */
export type ChartValueKind = "cents" | "integer" | "decimal" | "rate";

export interface ChartSeries {
  key: string;
  label: string;
  kind: ChartValueKind;
  /** False: a column of the data table only (e.g. the engaged amount beside voted and mandated). */
  plotted?: boolean;
}

export interface ChartRow {
  key: string;
  /** The row's name in the table. */
  label: string;
  /** A shorter name for the chart's axis, when the label is long. */
  axisLabel?: string;
  values: Record<string, number | null>;
}

/** A series shown as a column of the data table only, not drawn (the counts beside a plotted ratio…). */
export function tableOnly(key: string, label: string, kind: ChartValueKind): ChartSeries {
  return { key, label, kind, plotted: false };
}

/** A vertical (or horizontal) line across the chart at a value, named by text (e.g. « 75 € »). */
export interface ChartReference {
  value: number;
  label: string;
}

/** The props every chart-with-table takes. */
export interface ChartWithTableProps {
  /** The data table's caption, also the chart's subject. */
  caption: string;
  /** What the chart shows, in a sentence: the accessible name of the image. */
  summary: string;
  /** Header of the first column (the categories). */
  categoryHeader: string;
  series: readonly ChartSeries[];
  rows: readonly ChartRow[];
  /** A total row, in the table only. */
  total?: ChartRow;
  /** Chart height in pixels. */
  height?: number;
}

export function formatChartValue(value: number | null | undefined, kind: ChartValueKind): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  switch (kind) {
    case "cents":
      return formatCents(Math.round(value));
    case "integer":
      return formatInteger(value);
    case "decimal":
      return formatDecimal(value);
    case "rate":
      return `${formatDecimal(value * 100)} %`;
  }
}

const compact = new Intl.NumberFormat("fr-FR", { notation: "compact", maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** Axis ticks: « 1,2 M € », « 850 k € », « 40 % », « 0,5 % ». */
export function formatAxisTick(value: number, kind: ChartValueKind): string {
  if (!Number.isFinite(value)) return "";
  switch (kind) {
    case "cents":
      return `${Math.abs(value) >= 100_000 ? compact.format(value / 100) : whole.format(value / 100)} €`;
    case "integer":
    case "decimal":
      return compact.format(value);
    case "rate":
      // Small rates get a decimal, so ticks at 0,4 % and 0,8 % do not both read « 0 % ».
      return `${oneDecimal.format(value * 100)} %`;
  }
}

/** Series are told apart by fill pattern and legend text, not by colour alone; colours contrast ≥ 3:1 on white. */
export const SERIES_STYLES = [
  { color: "#1e3a8a", pattern: "solid", dash: undefined },
  { color: "#b45309", pattern: "hatch", dash: "6 4" },
  { color: "#047857", pattern: "dots", dash: "2 3" },
  { color: "#6b21a8", pattern: "cross", dash: "10 3 2 3" },
] as const;

export type SeriesStyle = (typeof SERIES_STYLES)[number];

export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}
