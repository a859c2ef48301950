/**
 * A small closed-loop load generator: `concurrency` virtual users each repeat one operation until
 * `requests` have been made in total (or `seconds` have passed), after `warmup` unmeasured runs.
 * Used for HTTP pages (time to the last byte of the body) and for the bare SQL alike.
 */

export interface LoadOptions {
  concurrency: number;
  /** Measured operations, over all users. */
  requests: number;
  /** Stop measuring after this many seconds even if `requests` is not reached. */
  seconds?: number;
  /** Unmeasured operations before the measure (each user runs its share). */
  warmup: number;
}

export interface LoadResult {
  samples: number[];
  errors: string[];
  wallSeconds: number;
}

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
  /** Completed operations per second over the measured window. */
  throughput: number;
  errors: number;
}

/** Runs `operation` for each virtual user (0 … concurrency-1); it throws on a failed operation. */
export async function runLoad(
  options: LoadOptions,
  operation: (user: number) => Promise<void>,
): Promise<LoadResult> {
  const { concurrency } = options;
  const warmupPerUser = Math.ceil(options.warmup / concurrency);
  await Promise.all(
    Array.from({ length: concurrency }, async (_, user) => {
      for (let i = 0; i < warmupPerUser; i += 1) await operation(user).catch(() => undefined);
    }),
  );

  const samples: number[] = [];
  const errors: string[] = [];
  let issued = 0;
  const started = performance.now();
  const deadline = options.seconds ? started + options.seconds * 1000 : Number.POSITIVE_INFINITY;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, user) => {
      while (issued < options.requests && performance.now() < deadline) {
        issued += 1;
        const t0 = performance.now();
        try {
          await operation(user);
          samples.push(performance.now() - t0);
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        }
      }
    }),
  );
  return { samples, errors, wallSeconds: (performance.now() - started) / 1000 };
}

/** Nearest-rank percentile of sorted values, in the values' unit. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(result: LoadResult): Summary {
  const sorted = [...result.samples].sort((a, b) => a - b);
  const total = sorted.reduce((s, v) => s + v, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.length ? total / sorted.length : Number.NaN,
    throughput: result.wallSeconds > 0 ? sorted.length / result.wallSeconds : 0,
    errors: result.errors.length,
  };
}
