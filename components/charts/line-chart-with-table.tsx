"use client";

import { ChartDataTable } from "@/components/charts/chart-data-table";
import { ChartLegend } from "@/components/charts/chart-legend";
import type { ChartWithTableProps } from "@/components/charts/chart-types";
import { LazyLinePlot } from "@/components/charts/lazy-plots";

/**
 * A line chart over an ordered axis (exercices…) and its data table in a « Voir les données »
 * disclosure open by default. Lines differ by dash and legend text, not by colour alone.
 */
export function LineChartWithTable({ caption, summary, categoryHeader, series, rows, total, height = 300 }: ChartWithTableProps) {
  const plotted = series.filter((s) => s.plotted !== false);
  return (
    <div className="space-y-2">
      <div role="img" aria-label={summary} className="rounded-lg border border-slate-200 bg-white p-3">
        <ChartLegend series={plotted} shape="line" />
        {rows.length === 0 ? null : (
          <div style={{ minHeight: height }}>
            <LazyLinePlot plotted={plotted} rows={rows} height={height} />
          </div>
        )}
      </div>
      <details open>
        <summary className="cursor-pointer text-sm font-medium text-blue-800">Voir les données</summary>
        <div className="mt-2">
          <ChartDataTable caption={caption} categoryHeader={categoryHeader} series={series} rows={rows} total={total} />
        </div>
      </details>
    </div>
  );
}
