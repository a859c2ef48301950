"use client";

import dynamic from "next/dynamic";
import type { BarPlotProps } from "@/components/charts/bar-plot";
import type { LinePlotProps } from "@/components/charts/line-plot";

/*
 * recharts weighs about 110 kB gzip: loaded with the page, it alone would push a dashboard over the
 * 200 kB first-load budget (architecture.md §6). The drawings therefore load after the page, in the
 * browser only; until then their frame (sized by the caller) stays empty, and every figure is
 * already readable in the server-rendered data table under it.
 */

export const LazyBarPlot = dynamic<BarPlotProps>(
  () => import("@/components/charts/bar-plot").then((m) => m.BarPlot),
  {
    ssr: false,
    loading: () => null,
  },
);

export const LazyLinePlot = dynamic<LinePlotProps>(
  () => import("@/components/charts/line-plot").then((m) => m.LinePlot),
  {
    ssr: false,
    loading: () => null,
  },
);
