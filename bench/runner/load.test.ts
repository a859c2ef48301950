import { describe, expect, it } from "vitest";
import { percentile, runLoad, summarise } from "@/bench/runner/load";
import { parseRunnerArguments } from "@/bench/runner/options";

describe("runLoad", () => {
  it("makes exactly the measured requests over the users, after the warm-up, and keeps failures apart", async () => {
    const calls: number[] = [];
    let n = 0;
    const result = await runLoad({ concurrency: 3, requests: 10, warmup: 3 }, async (user) => {
      calls.push(user);
      n += 1;
      await new Promise((r) => setTimeout(r, 1));
      if (n === 6) throw new Error("boom");
    });
    expect(calls.length).toBe(13);
    expect(new Set(calls)).toEqual(new Set([0, 1, 2]));
    expect(result.samples.length + result.errors.length).toBe(10);
    expect(result.errors).toEqual(["boom"]);
  });

  it("stops at the time limit", async () => {
    const result = await runLoad(
      { concurrency: 2, requests: 1_000_000, seconds: 0.05, warmup: 0 },
      () => new Promise((r) => setTimeout(r, 5)),
    );
    expect(result.samples.length).toBeLessThan(100);
    expect(result.samples.length).toBeGreaterThan(0);
  });
});

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(summarise({ samples: [3, 1, 2], errors: [], wallSeconds: 1 })).toMatchObject({
      n: 3,
      p50: 2,
      p95: 3,
      max: 3,
      throughput: 3,
    });
  });
});

describe("parseRunnerArguments", () => {
  it("refuses a database whose name does not say bench, and unknown options", () => {
    expect(() =>
      parseRunnerArguments(["--database", "postgresql://postgres@127.0.0.1/tripartite_test"], {}),
    ).toThrow(/bench/);
    expect(() => parseRunnerArguments(["--vite"], {})).toThrow(/Option inconnue/);
  });

  it("runs the smoke version on the e2e database without build nor imports", () => {
    const o = parseRunnerArguments(["--smoke"], {});
    expect(o).toMatchObject({
      kind: "smoke",
      build: false,
      imports: false,
      levels: [1, 2],
      requests: 4,
    });
    expect(o.pgliteDir.endsWith(".data/e2e")).toBe(true);
    expect(parseRunnerArguments(["--concurrency", "1,10", "--no-build"], {})).toMatchObject({
      kind: "postgresql",
      levels: [1, 10],
      build: false,
      imports: true,
    });
  });
});
