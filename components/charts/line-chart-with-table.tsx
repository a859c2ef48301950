"use client";

import { ChartFrame } from "@/components/charts/chart-frame";
import { ChartLegend } from "@/components/charts/chart-legend";
import type { ChartWithTableProps } from "@/components/charts/chart-types";
import { LazyLinePlot } from "@/components/charts/lazy-plots";

/**
 * A line chart over an ordered axis (exercices…) and its data table in a « Voir les données »
 * disclosure open by default. Lines differ by dash and legend text, not by colour alone.
 */
export function LineChartWithTable({ height = 300, ...table }: ChartWithTableProps) {
  const plotted = table.series.filter((s) => s.plotted !== false);
  return (
    <ChartFrame
      {...table}
      legend={<ChartLegend series={plotted} shape="line" />}
      plotHeight={height}
      plot={<LazyLinePlot plotted={plotted} rows={table.rows} height={height} />}
    />
  );
}
