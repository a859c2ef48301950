"use client";

import { ChartFrame } from "@/components/charts/chart-frame";
import { ChartLegend } from "@/components/charts/chart-legend";
import type { ChartReference, ChartWithTableProps } from "@/components/charts/chart-types";
import { LazyBarPlot } from "@/components/charts/lazy-plots";

/**
 * A bar chart (grouped when several series are plotted) and its data table below, in a
 * « Voir les données » disclosure open by default. The chart is an image named by `summary`;
 * every figure is in the table. `orientation="bars"` draws horizontal bars (rankings).
 */
export function BarChartWithTable({
  height,
  orientation = "columns",
  references = [],
  valueLabels = false,
  ...table
}: ChartWithTableProps & {
  orientation?: "columns" | "bars";
  references?: readonly ChartReference[];
  valueLabels?: boolean;
}) {
  const plotted = table.series.filter((s) => s.plotted !== false);
  const horizontal = orientation === "bars";
  const chartHeight =
    height ??
    (horizontal ? Math.max(160, table.rows.length * (plotted.length * 14 + 10) + 60) : 320);
  return (
    <ChartFrame
      {...table}
      legend={<ChartLegend series={plotted} references={references} shape="bar" />}
      plotHeight={chartHeight}
      plot={
        <LazyBarPlot
          plotted={plotted}
          rows={table.rows}
          chartHeight={chartHeight}
          horizontal={horizontal}
          references={references}
          valueLabels={valueLabels}
        />
      }
    />
  );
}
