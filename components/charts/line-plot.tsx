"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import {
  formatAxisTick,
  seriesStyle,
  type ChartRow,
  type ChartSeries,
} from "@/components/charts/chart-types";
import { AXIS, LABEL_KEY, plotData, tooltipFormatter } from "@/components/charts/plot-config";

export interface LinePlotProps {
  /** The plotted series only. */
  plotted: readonly ChartSeries[];
  rows: readonly ChartRow[];
  height: number;
}

/** The recharts drawing of LineChartWithTable, loaded after the page as BarPlot is. */
export function LinePlot({ plotted, rows, height }: LinePlotProps) {
  const kind = plotted[0]?.kind ?? "cents";
  const data = plotData(rows);
  return (
    <LineChart
      accessibilityLayer={false}
      responsive
      style={{ width: "100%", height }}
      data={data}
      margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey={LABEL_KEY} tick={AXIS} interval={0} />
      <YAxis
        tick={AXIS}
        width={80}
        tickFormatter={(value: number) => formatAxisTick(value, kind)}
        domain={[0, "auto"]}
      />
      <Tooltip isAnimationActive={false} formatter={tooltipFormatter(plotted, kind)} />
      {plotted.map((s, i) => {
        const style = seriesStyle(i);
        return (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.key}
            stroke={style.color}
            strokeWidth={2.5}
            strokeDasharray={style.dash}
            dot={{
              r: 4,
              fill: i === 0 ? style.color : "#ffffff",
              stroke: style.color,
              strokeWidth: 2,
            }}
            isAnimationActive={false}
            connectNulls
          />
        );
      })}
    </LineChart>
  );
}
