import { formatChartValue, type ChartRow, type ChartSeries } from "@/components/charts/chart-types";

const num = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

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
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              {categoryHeader}
            </th>
            {series.map((s) => (
              <th key={s.key} scope="col" className="px-3 py-2 text-right">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-normal">
                {row.label}
              </th>
              {series.map((s) => (
                <td key={s.key} className={num}>
                  {formatChartValue(row.values[s.key], s.kind)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {total ? (
          <tfoot className="border-t-2 border-slate-400 bg-slate-50 font-semibold">
            <tr>
              <th scope="row" className="px-3 py-2">
                {total.label}
              </th>
              {series.map((s) => (
                <td key={s.key} className={num}>
                  {formatChartValue(total.values[s.key], s.kind)}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
