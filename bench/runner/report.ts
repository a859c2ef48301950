import os from "node:os";
import type { RouteJs } from "@/bench/runner/first-load-js";
import type { ImportTiming } from "@/bench/runner/imports";
import type { PageResult } from "@/bench/runner/measure";

/** A kilobyte of the JavaScript budget: 1 000 bytes (the SI unit, the stricter reading of « 200 kB »). */
const KB = 1000;

/** The budgets of shared/design/architecture.md §6. */
export const BUDGETS = {
  dashboardP95Ms: 150,
  dashboardSqlRatio: 3,
  pgliteP95Ms: 300,
  firstLoadGzipKb: 200,
} as const;

export interface BenchReport {
  kind: "postgresql" | "pglite" | "smoke";
  startedAt: string;
  finishedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    loadAverage: { start: number[]; end: number[] };
    node: string;
    platform: string;
  };
  dataset: Record<string, number>;
  settings: {
    levels: number[];
    requests: Record<string, number>;
    seconds: number;
    baseUrl: string;
  };
  pages: PageResult[];
  imports: ImportTiming[];
  firstLoadJs: RouteJs[];
  /** The same measure from the HTML of each measured page. */
  /** A page whose HTML could not be read (an error status) has its error instead of its figures. */
  servedJs: (
    { path: string; files: number; gzipBytes: number } | { path: string; error: string }
  )[];
  verdicts: string[];
}

export function machineInfo(start: number[]): BenchReport["machine"] {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model ?? "?",
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: { start, end: os.loadavg() },
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

const ms = (v: number | undefined) =>
  v === undefined || Number.isNaN(v) ? "—" : v < 10 ? v.toFixed(1) : v.toFixed(0);

/** Budget checks, one line each, « OK » or « DÉPASSÉ » with the figures. */
export function verdictsOf(
  report: Pick<BenchReport, "kind" | "pages" | "imports" | "firstLoadJs">,
): string[] {
  const out: string[] = [];
  const top = (p: PageResult) => p.levels.reduce((a, b) => (b.concurrency > a.concurrency ? b : a));
  for (const p of report.pages) {
    const level = top(p);
    if (report.kind === "postgresql" && p.dashboard) {
      const ok = level.page.p95 <= BUDGETS.dashboardP95Ms;
      out.push(
        `${ok ? "OK      " : "DÉPASSÉ "} ${p.label} : p95 ${ms(level.page.p95)} ms à ${level.concurrency} utilisateurs (budget ${BUDGETS.dashboardP95Ms} ms)`,
      );
      if (level.ratio !== null) {
        const okRatio = level.ratio <= BUDGETS.dashboardSqlRatio;
        out.push(
          `${okRatio ? "OK      " : "DÉPASSÉ "} ${p.label} : ${level.ratio.toFixed(1)} × le SQL nu (p95 ${ms(level.sql?.p95)} ms ; budget ${BUDGETS.dashboardSqlRatio} ×)`,
        );
      }
    }
    if (report.kind === "pglite") {
      for (const l of p.levels) {
        const ok = l.page.p95 <= BUDGETS.pgliteP95Ms;
        out.push(
          `${ok ? "OK      " : "DÉPASSÉ "} ${p.label} : p95 ${ms(l.page.p95)} ms à ${l.concurrency} utilisateur(s) (budget ${BUDGETS.pgliteP95Ms} ms)`,
        );
      }
    }
    const errors = p.levels.reduce((s, l) => s + l.page.errors, 0);
    if (errors > 0)
      out.push(
        `ERREURS  ${p.label} : ${errors} requêtes en échec (${p.levels.find((l) => l.firstError)?.firstError})`,
      );
  }
  for (const i of report.imports) {
    // The inventory command also times a reimport and an update: the budget is on its first import.
    const seconds = i.importSeconds ?? i.seconds;
    out.push(
      `${seconds <= i.budgetSeconds ? "OK      " : "DÉPASSÉ "} ${i.label} : ${seconds.toFixed(1)} s (budget ${i.budgetSeconds} s)`,
    );
  }
  const heavy = report.firstLoadJs.filter((r) => r.gzipBytes / KB > BUDGETS.firstLoadGzipKb);
  out.push(
    heavy.length === 0
      ? `OK       JavaScript au premier chargement : ${report.firstLoadJs.length} pages ≤ ${BUDGETS.firstLoadGzipKb} kB gzip`
      : `DÉPASSÉ  JavaScript au premier chargement : ${heavy.length} pages sur ${report.firstLoadJs.length} au-delà de ${BUDGETS.firstLoadGzipKb} kB gzip (${heavy.map((r) => `${r.route} ${(r.gzipBytes / KB).toFixed(0)} kB`).join(", ")})`,
  );
  return out;
}

/** The stdout table: one row per page, p50/p95 per level, the SQL p95 and the ratio at each level. */
export function formatReport(report: BenchReport): string {
  const levels = report.settings.levels;
  const header = [
    "Page",
    "Compte",
    ...levels.flatMap((c) => [`p50@${c}`, `p95@${c}`, `SQL p95@${c}`, `×SQL@${c}`]),
  ];
  const rows = report.pages.map((p) => [
    p.label,
    p.email.split("@")[0]!,
    ...levels.flatMap((c) => {
      const l = p.levels.find((x) => x.concurrency === c);
      return [
        ms(l?.page.p50),
        ms(l?.page.p95),
        l?.sql ? ms(l.sql.p95) : "",
        l?.ratio ? l.ratio.toFixed(1) : "",
      ];
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  const out = [
    `Mesure ${report.kind} — ${report.startedAt} — ${report.machine.cpus} cœurs (${report.machine.cpuModel}), ${report.machine.memoryGb} Go, ` +
      `charge ${report.machine.loadAverage.start.map((v) => v.toFixed(1)).join(" ")} au début, ${report.machine.loadAverage.end.map((v) => v.toFixed(1)).join(" ")} à la fin`,
    `Temps de réponse en ms (requête HTML complète jusqu'au dernier octet, rendu compris), @n = n utilisateurs simultanés ; ×SQL = p95 page / p95 SQL nu`,
    "",
    line(header),
    `|${widths.map((w, i) => (i < 2 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`,
    ...rows.map(line),
  ];
  if (report.imports.length > 0) {
    out.push("", "Imports (commande complète, processus compris) :");
    for (const i of report.imports)
      out.push(
        `  ${i.label.padEnd(60)} ${i.seconds.toFixed(1).padStart(6)} s${i.importSeconds !== null ? ` (premier import, aperçu et enregistrement : ${i.importSeconds.toFixed(1)} s)` : ""}  budget ${i.budgetSeconds} s`,
      );
  }
  out.push("", "JavaScript au premier chargement (gzip) :");
  for (const r of report.firstLoadJs) {
    const kb = r.gzipBytes / KB;
    out.push(
      `  ${r.route.padEnd(44)} ${kb.toFixed(1).padStart(6)} kB ${kb > BUDGETS.firstLoadGzipKb ? " > 200 kB" : ""}`,
    );
  }
  if (report.servedJs.length > 0) {
    out.push("", "Contrôle : scripts chargés par le HTML servi de chaque page mesurée (gzip) :");
    for (const s of report.servedJs)
      out.push(
        "error" in s
          ? `  ${s.path.padEnd(44)} non mesuré : ${s.error}`
          : `  ${s.path.padEnd(44)} ${(s.gzipBytes / KB).toFixed(1).padStart(6)} kB (${s.files} fichiers)`,
      );
  }
  out.push("", "Budgets :", ...report.verdicts.map((v) => `  ${v}`));
  return out.join("\n");
}
