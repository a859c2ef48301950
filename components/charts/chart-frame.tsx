import type { ReactNode } from "react";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { DataDisclosure } from "@/components/charts/data-disclosure";
import type { ChartWithTableProps } from "@/components/charts/chart-types";

/**
 * What every chart-with-table shares: the image named by `summary` (its legend, then the drawing
 * in a frame that keeps `plotHeight` while the drawing loads; no drawing without rows) and the data
 * table in a « Voir les données » disclosure open by default.
 */
export function ChartFrame({
  caption,
  summary,
  categoryHeader,
  series,
  rows,
  total,
  legend,
  plotHeight,
  plot,
}: Omit<ChartWithTableProps, "height"> & {
  legend: ReactNode;
  plotHeight: number;
  plot: ReactNode;
}) {
  return (
    <div className="space-y-2">
      <div
        role="img"
        aria-label={summary}
        className="rounded-lg border border-slate-200 bg-white p-3"
      >
        {legend}
        {rows.length === 0 ? null : <div style={{ minHeight: plotHeight }}>{plot}</div>}
      </div>
      <DataDisclosure summary="Voir les données">
        <div className="mt-2">
          <ChartDataTable
            caption={caption}
            categoryHeader={categoryHeader}
            series={series}
            rows={rows}
            total={total}
          />
        </div>
      </DataDisclosure>
    </div>
  );
}
