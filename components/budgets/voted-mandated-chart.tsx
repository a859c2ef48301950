import type { BudgetFigures } from "@/lib/budgets/figures";
import { BarChartWithTable } from "@/components/charts/bar-chart-with-table";
import {
  formatChartValue,
  type ChartRow,
  type ChartSeries,
  tableOnly,
} from "@/components/charts/chart-types";

/** The budget's voted, engaged and mandated figures as chart series (engaged and the rate in the table only). */
export const FIGURE_SERIES: ChartSeries[] = [
  { key: "voted", label: "Voté", kind: "cents" },
  tableOnly("engaged", "Engagé", "cents"),
  { key: "mandated", label: "Mandaté", kind: "cents" },
  tableOnly("rate", "Taux d'exécution", "rate"),
];

export const figureValues = (f: BudgetFigures) => ({
  voted: Number(f.voted),
  engaged: Number(f.engaged),
  mandated: Number(f.mandated),
  rate: f.executionRate,
});
/** A group of lines (a chapitre, a catégorie, a section) as a row of the voted-and-mandated charts. */
export const figureRow = (
  key: string,
  label: string,
  f: BudgetFigures,
  axisLabel?: string,
): ChartRow => ({ key, label, axisLabel, values: figureValues(f) });
export const votedMandated = (row: ChartRow) =>
  `${row.label} : ${formatChartValue(row.values.voted, "cents")} votés, ${formatChartValue(row.values.mandated, "cents")} mandatés (${formatChartValue(row.values.rate, "rate")})`;

/** Voted against mandated per group of lines (engaged and the rate in the table), with the total. */
export function VotedMandatedChart({
  caption,
  categoryHeader,
  by,
  exercice,
  rows,
  totals,
  orientation,
  height,
}: {
  caption: string;
  categoryHeader: string;
  /** What the rows are, for the image's name (« par chapitre »). */
  by: string;
  exercice: number;
  rows: ChartRow[];
  totals: BudgetFigures;
  orientation?: "columns" | "bars";
  height?: number;
}) {
  return (
    <BarChartWithTable
      caption={caption}
      categoryHeader={categoryHeader}
      series={FIGURE_SERIES}
      rows={rows}
      total={{ key: "total", label: "Total", values: figureValues(totals) }}
      orientation={orientation}
      height={height}
      summary={`Graphique en barres groupées, voté et mandaté par ${by} en ${exercice}. ${rows.map(votedMandated).join(" ; ")}.`}
    />
  );
}
