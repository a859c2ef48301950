import { describe, expect, it } from "vitest";
import {
  benchDatabaseName,
  DEFAULT_BENCH_DATABASE_URL,
  parseBenchArguments,
} from "@/bench/bench-options";

describe("parseBenchArguments", () => {
  it("defaults to tripartite_bench on the local server, seed 1, all of France", () => {
    expect(parseBenchArguments([], {})).toEqual({
      databaseUrl: DEFAULT_BENCH_DATABASE_URL,
      seed: 1,
      departements: null,
    });
  });

  it("takes BENCH_DATABASE_URL, then --database over it", () => {
    const env = { BENCH_DATABASE_URL: "postgresql://u@db:5432/tripartite_bench_2" };
    expect(parseBenchArguments([], env).databaseUrl).toBe(env.BENCH_DATABASE_URL);
    expect(parseBenchArguments(["--database", "postgres://x@h/bench"], env).databaseUrl).toBe(
      "postgres://x@h/bench",
    );
    expect(parseBenchArguments(["--database=postgres://x@h/bench"], env).databaseUrl).toBe(
      "postgres://x@h/bench",
    );
  });

  it("reads the seed and a list of départements, normalised and checked", () => {
    expect(
      parseBenchArguments(["--seed", "42", "--departements", "59, 35,2a,59"], {}),
    ).toMatchObject({ seed: 42, departements: ["2A", "35", "59"] });
    expect(() => parseBenchArguments(["--seed", "-3"], {})).toThrow(/--seed/);
    expect(() => parseBenchArguments(["--seed"], {})).toThrow(/attend une valeur/);
    expect(() => parseBenchArguments(["--departements", "35,99"], {})).toThrow(/99/);
    expect(() => parseBenchArguments(["--departements", ","], {})).toThrow(/liste vide/);
    expect(() => parseBenchArguments(["--departement", "35"], {})).toThrow(/inconnue/);
  });
});

describe("benchDatabaseName", () => {
  it("accepts benchmark databases only: the one it names is dropped", () => {
    expect(benchDatabaseName("postgresql://postgres@127.0.0.1:5432/tripartite_bench")).toBe(
      "tripartite_bench",
    );
    for (const url of [
      "postgresql://postgres@127.0.0.1:5432/tripartite_test",
      "postgresql://postgres@127.0.0.1:5432/tripartite_e2e",
      "postgresql://postgres@127.0.0.1:5432/postgres",
      "postgresql://postgres@127.0.0.1:5432/",
      "postgresql://postgres@127.0.0.1:5432/bench;drop",
      "mysql://root@127.0.0.1/tripartite_bench",
      "tripartite_bench",
    ]) {
      expect(() => benchDatabaseName(url), url).toThrow();
    }
    expect(() =>
      parseBenchArguments(
        ["--database", "postgresql://postgres@127.0.0.1:5432/tripartite_test"],
        {},
      ),
    ).toThrow(/bench/);
  });
});
