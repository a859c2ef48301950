"use client";

import { useId } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import {
  formatAxisTick,
  formatChartValue,
  seriesStyle,
  type ChartReference,
  type ChartRow,
  type ChartSeries,
} from "@/components/charts/chart-types";
import { AXIS, LABEL_KEY, plotData, tooltipFormatter } from "@/components/charts/plot-config";

/** The SVG fill patterns of the series (hatched, dotted, crossed), so bars differ without colour. */
function Patterns({ id, count }: { id: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, i) => {
        const { color, pattern } = seriesStyle(i);
        if (pattern === "solid") return null;
        return (
          <pattern
            key={i}
            id={`${id}-p${i}`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform={pattern === "hatch" ? "rotate(45)" : undefined}
          >
            <rect width="6" height="6" fill="#ffffff" />
            {pattern === "hatch" ? <rect width="3" height="6" fill={color} /> : null}
            {pattern === "dots" ? <circle cx="3" cy="3" r="1.6" fill={color} /> : null}
            {pattern === "cross" ? <rect width="6" height="2" fill={color} /> : null}
          </pattern>
        );
      })}
    </defs>
  );
}

export interface BarPlotProps {
  /** The plotted series only. */
  plotted: readonly ChartSeries[];
  rows: readonly ChartRow[];
  chartHeight: number;
  horizontal: boolean;
  references: readonly ChartReference[];
  valueLabels: boolean;
}

/**
 * The recharts drawing of BarChartWithTable, in its own module so that recharts loads after the
 * page (components/charts/lazy-plots.tsx): the figures are in the data table, server-rendered.
 */
export function BarPlot({
  plotted,
  rows,
  chartHeight,
  horizontal,
  references,
  valueLabels,
}: BarPlotProps) {
  const id = `chart${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const kind = plotted[0]?.kind ?? "cents";
  const data = plotData(rows);
  const topReference = references.reduce((max, r) => Math.max(max, r.value), 0);
  const valueAxis = {
    type: "number" as const,
    tick: AXIS,
    tickFormatter: (value: number) => formatAxisTick(value, kind),
    domain: [0, (dataMax: number) => Math.max(dataMax, topReference * 1.08)] as [
      number,
      (dataMax: number) => number,
    ],
  };
  const categoryAxis = {
    type: "category" as const,
    dataKey: LABEL_KEY,
    tick: AXIS,
    interval: 0 as const,
  };
  return (
    <BarChart
      accessibilityLayer={false}
      responsive
      style={{ width: "100%", height: chartHeight }}
      data={data}
      layout={horizontal ? "vertical" : "horizontal"}
      margin={{ top: 16, right: valueLabels ? 56 : 24, bottom: 8, left: 8 }}
    >
      <Patterns id={id} count={plotted.length} />
      <CartesianGrid stroke="#e2e8f0" horizontal={!horizontal} vertical={horizontal} />
      {horizontal ? (
        <>
          <XAxis {...valueAxis} />
          <YAxis {...categoryAxis} width={220} />
        </>
      ) : (
        <>
          <XAxis {...categoryAxis} />
          <YAxis {...valueAxis} width={80} />
        </>
      )}
      <Tooltip isAnimationActive={false} formatter={tooltipFormatter(plotted, kind)} />
      {references.map((r) => (
        <ReferenceLine
          key={r.label}
          {...(horizontal ? { x: r.value } : { y: r.value })}
          stroke="#334155"
          strokeDasharray="4 3"
          label={{
            value: r.label,
            position: horizontal ? "top" : "right",
            fill: "#1e293b",
            fontSize: 12,
          }}
        />
      ))}
      {plotted.map((s, i) => {
        const style = seriesStyle(i);
        return (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.key}
            isAnimationActive={false}
            fill={style.pattern === "solid" ? style.color : `url(#${id}-p${i})`}
            stroke={style.color}
            strokeWidth={1}
          >
            {valueLabels ? (
              <LabelList
                dataKey={s.key}
                position={horizontal ? "right" : "top"}
                fill="#1e293b"
                fontSize={12}
                formatter={(value: unknown) =>
                  formatChartValue(typeof value === "number" ? value : null, s.kind)
                }
              />
            ) : null}
          </Bar>
        );
      })}
    </BarChart>
  );
}
