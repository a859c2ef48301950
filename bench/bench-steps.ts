export interface StepTiming {
  label: string;
  seconds: number;
  /** CPU time of this process (every thread) during the step: the part a busy machine does not stretch. */
  cpuSeconds: number;
  /** Rows the step wrote, when it says. */
  rows: number | null;
}

export type StepRunner = ReturnType<typeof createStepRunner>;

export const formatInteger = (n: number) => Math.round(n).toLocaleString("fr-FR");

/** Runs the generator's steps one after the other, printing each one's time and rows per second. */
export function createStepRunner(log: (line: string) => void = console.log) {
  const timings: StepTiming[] = [];
  const run = async <T>(
    label: string,
    work: () => Promise<T>,
    rowsOf?: (result: T) => number,
  ): Promise<T> => {
    log(`▸ ${label}…`);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const rows = rowsOf ? rowsOf(result) : null;
    timings.push({ label, seconds, cpuSeconds, rows });
    const rate =
      rows !== null && seconds > 0
        ? ` — ${formatInteger(rows)} lignes, ${formatInteger(rows / seconds)} lignes/s`
        : "";
    log(`  ${label} : ${seconds.toFixed(1)} s (processeur Node ${cpuSeconds.toFixed(1)} s)${rate}`);
    return result;
  };
  return { run, timings };
}
