"use client";

import { ChartDataTable } from "@/components/charts/chart-data-table";
import { ChartLegend } from "@/components/charts/chart-legend";
import type { ChartReference, ChartWithTableProps } from "@/components/charts/chart-types";
import { LazyBarPlot } from "@/components/charts/lazy-plots";

/**
 * A bar chart (grouped when several series are plotted) and its data table below, in a
 * « Voir les données » disclosure open by default. The chart is an image named by `summary`;
 * every figure is in the table. `orientation="bars"` draws horizontal bars (rankings).
 */
export function BarChartWithTable({
  caption, summary, categoryHeader, series, rows, total, height, orientation = "columns", references = [], valueLabels = false,
}: ChartWithTableProps & { orientation?: "columns" | "bars"; references?: readonly ChartReference[]; valueLabels?: boolean }) {
  const plotted = series.filter((s) => s.plotted !== false);
  const horizontal = orientation === "bars";
  const chartHeight = height ?? (horizontal ? Math.max(160, rows.length * (plotted.length * 14 + 10) + 60) : 320);
  return (
    <div className="space-y-2">
      <div role="img" aria-label={summary} className="rounded-lg border border-slate-200 bg-white p-3">
        <ChartLegend series={plotted} references={references} shape="bar" />
        {rows.length === 0 ? null : (
          <div style={{ minHeight: chartHeight }}>
            <LazyBarPlot plotted={plotted} rows={rows} chartHeight={chartHeight} horizontal={horizontal} references={references} valueLabels={valueLabels} />
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
