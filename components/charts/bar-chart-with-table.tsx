"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { ChartLegend } from "@/components/charts/chart-legend";
import {
  formatAxisTick, formatChartValue, seriesStyle, type ChartReference, type ChartWithTableProps,
} from "@/components/charts/chart-types";

const LABEL_KEY = "__label";
const AXIS = { fontSize: 12, fill: "#334155" } as const;

/** The SVG fill patterns of the series (hatched, dotted, crossed), so bars differ without colour. */
function Patterns({ id, count }: { id: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, i) => {
        const { color, pattern } = seriesStyle(i);
        if (pattern === "solid") return null;
        return (
          <pattern key={i} id={`${id}-p${i}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform={pattern === "hatch" ? "rotate(45)" : undefined}>
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

/**
 * A bar chart (grouped when several series are plotted) and its data table below, in a
 * « Voir les données » disclosure open by default. The chart is an image named by `summary`;
 * every figure is in the table. `orientation="bars"` draws horizontal bars (rankings).
 */
export function BarChartWithTable({
  caption, summary, categoryHeader, series, rows, total, height, orientation = "columns", references = [], valueLabels = false,
}: ChartWithTableProps & { orientation?: "columns" | "bars"; references?: readonly ChartReference[]; valueLabels?: boolean }) {
  const id = `chart${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const plotted = series.filter((s) => s.plotted !== false);
  const kind = plotted[0]?.kind ?? "cents";
  const data = rows.map((row) => ({ [LABEL_KEY]: row.axisLabel ?? row.label, ...row.values }));
  const horizontal = orientation === "bars";
  const chartHeight = height ?? (horizontal ? Math.max(160, rows.length * (plotted.length * 14 + 10) + 60) : 320);
  const topReference = references.reduce((max, r) => Math.max(max, r.value), 0);
  const valueAxis = {
    type: "number" as const,
    tick: AXIS,
    tickFormatter: (value: number) => formatAxisTick(value, kind),
    domain: [0, (dataMax: number) => Math.max(dataMax, topReference * 1.08)] as [number, (dataMax: number) => number],
  };
  const categoryAxis = { type: "category" as const, dataKey: LABEL_KEY, tick: AXIS, interval: 0 as const };
  return (
    <div className="space-y-2">
      <div role="img" aria-label={summary} className="rounded-lg border border-slate-200 bg-white p-3">
        <ChartLegend series={plotted} references={references} shape="bar" />
        {rows.length === 0 ? null : (
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
            <Tooltip
              isAnimationActive={false}
              formatter={(value, name) => {
                const s = plotted.find((p) => p.key === name);
                return [formatChartValue(typeof value === "number" ? value : Number(value), s?.kind ?? kind), s?.label ?? String(name)];
              }}
            />
            {references.map((r) => (
              <ReferenceLine key={r.label} {...(horizontal ? { x: r.value } : { y: r.value })} stroke="#334155" strokeDasharray="4 3"
                label={{ value: r.label, position: horizontal ? "top" : "right", fill: "#1e293b", fontSize: 12 }} />
            ))}
            {plotted.map((s, i) => {
              const style = seriesStyle(i);
              return (
                <Bar key={s.key} dataKey={s.key} name={s.key} isAnimationActive={false}
                  fill={style.pattern === "solid" ? style.color : `url(#${id}-p${i})`} stroke={style.color} strokeWidth={1}>
                  {valueLabels ? (
                    <LabelList dataKey={s.key} position={horizontal ? "right" : "top"} fill="#1e293b" fontSize={12}
                      formatter={(value: unknown) => formatChartValue(typeof value === "number" ? value : null, s.kind)} />
                  ) : null}
                </Bar>
              );
            })}
          </BarChart>
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
