import { formatChartValue, type ChartRow, type ChartSeries } from "@/components/charts/chart-types";
import { NumericTable } from "@/components/ui/numeric-table";

/** The chart's data as a table with caption and header scopes: every figure of the chart, readable by anyone. */
export function ChartDataTable({
  caption,
  categoryHeader,
  series,
  rows,
  total,
}: {
  caption: string;
  categoryHeader: string;
  series: readonly ChartSeries[];
  rows: readonly ChartRow[];
  total?: ChartRow;
}) {
  const written = (row: ChartRow) =>
    Object.fromEntries(series.map((s) => [s.key, formatChartValue(row.values[s.key], s.kind)]));
  return (
    <NumericTable
      caption={caption}
      head={categoryHeader}
      rows={rows}
      columns={series.map((s) => ({ key: s.key, header: s.label }))}
      values={written}
      total={total ? { label: total.label, cells: written(total) } : undefined}
    />
  );
}
