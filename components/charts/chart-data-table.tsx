import { formatChartValue, type ChartRow, type ChartSeries } from "@/components/charts/chart-types";
import { DataTable, type Column } from "@/components/ui/data-table";

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
  return (
    <DataTable
      caption={caption}
      captionVisible
      className=""
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { key: "label", header: categoryHeader, rowHeader: true, cell: (row) => row.label },
        ...series.map((s): Column<ChartRow> => ({
          key: s.key,
          header: s.label,
          numeric: true,
          cell: (row) => formatChartValue(row.values[s.key], s.kind),
        })),
      ]}
      totals={
        total
          ? {
              label: total.label,
              cells: Object.fromEntries(
                series.map((s) => [s.key, formatChartValue(total.values[s.key], s.kind)]),
              ),
            }
          : undefined
      }
    />
  );
}
