"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { ChartLegend } from "@/components/charts/chart-legend";
import { formatAxisTick, formatChartValue, seriesStyle, type ChartWithTableProps } from "@/components/charts/chart-types";

const LABEL_KEY = "__label";
const AXIS = { fontSize: 12, fill: "#334155" } as const;

/**
 * A line chart over an ordered axis (exercices…) and its data table in a « Voir les données »
 * disclosure open by default. Lines differ by dash and legend text, not by colour alone.
 */
export function LineChartWithTable({ caption, summary, categoryHeader, series, rows, total, height = 300 }: ChartWithTableProps) {
  const plotted = series.filter((s) => s.plotted !== false);
  const kind = plotted[0]?.kind ?? "cents";
  const data = rows.map((row) => ({ [LABEL_KEY]: row.axisLabel ?? row.label, ...row.values }));
  return (
    <div className="space-y-2">
      <div role="img" aria-label={summary} className="rounded-lg border border-slate-200 bg-white p-3">
        <ChartLegend series={plotted} shape="line" />
        {rows.length === 0 ? null : (
          <LineChart accessibilityLayer={false} responsive style={{ width: "100%", height }} data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey={LABEL_KEY} tick={AXIS} interval={0} />
            <YAxis tick={AXIS} width={80} tickFormatter={(value: number) => formatAxisTick(value, kind)} domain={[0, "auto"]} />
            <Tooltip
              isAnimationActive={false}
              formatter={(value, name) => {
                const s = plotted.find((p) => p.key === name);
                return [formatChartValue(typeof value === "number" ? value : Number(value), s?.kind ?? kind), s?.label ?? String(name)];
              }}
            />
            {plotted.map((s, i) => {
              const style = seriesStyle(i);
              return (
                <Line key={s.key} type="linear" dataKey={s.key} name={s.key} stroke={style.color} strokeWidth={2.5} strokeDasharray={style.dash}
                  dot={{ r: 4, fill: i === 0 ? style.color : "#ffffff", stroke: style.color, strokeWidth: 2 }} isAnimationActive={false} connectNulls />
              );
            })}
          </LineChart>
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
