import { DEPARTEMENTS } from "@/lib/referentials/data";
import { argumentValue } from "@/bench/arguments";

export const DEFAULT_BENCH_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/tripartite_bench";

export interface BenchOptions {
  databaseUrl: string;
  /** Every generator draws from it: the same seed writes the same rows. */
  seed: number;
  /** INSEE codes of the départements whose collèges get generated data; null: all of France. */
  departements: string[] | null;
}

const USAGE =
  "Usage : npm run bench:seed -- [--database postgresql://…/tripartite_bench] [--seed 1] [--departements 35,59]";

const valueOf = (argv: readonly string[], name: string) => argumentValue(argv, name, USAGE);

/** The command line of `npm run bench:seed`, checked: the database it names is dropped. */
export function parseBenchArguments(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): BenchOptions {
  const known = new Set(["--database", "--seed", "--departements"]);
  const unknown = argv.filter((a) => a.startsWith("--") && !known.has(a.split("=")[0]!));
  if (unknown.length > 0) throw new Error(`Option inconnue : ${unknown.join(", ")}\n${USAGE}`);

  const databaseUrl =
    valueOf(argv, "--database") ?? (env.BENCH_DATABASE_URL?.trim() || DEFAULT_BENCH_DATABASE_URL);
  benchDatabaseName(databaseUrl);

  const seedText = valueOf(argv, "--seed") ?? "1";
  if (!/^\d{1,9}$/.test(seedText))
    throw new Error(`--seed attend un entier positif (reçu : « ${seedText} »).`);

  const list = valueOf(argv, "--departements");
  let departements: string[] | null = null;
  if (list !== undefined) {
    const known = new Set(DEPARTEMENTS.map((d) => d.code));
    departements = [
      ...new Set(
        list
          .split(",")
          .map((c) => c.trim().toUpperCase())
          .filter(Boolean),
      ),
    ];
    const wrong = departements.filter((c) => !known.has(c));
    if (departements.length === 0 || wrong.length > 0) {
      throw new Error(
        `--departements : code(s) inconnu(s) ${wrong.join(", ") || "(liste vide)"} ; codes INSEE attendus, ex. 35,59,2A,971.`,
      );
    }
    departements.sort();
  }
  return { databaseUrl, seed: Number(seedText), departements };
}

/**
 * The name of the benchmark database in a PostgreSQL URL. The generator drops and recreates it,
 * so anything whose name does not say « bench » (the test and e2e databases, a real one) is refused.
 */
export function benchDatabaseName(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("--database : URL PostgreSQL illisible.");
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol))
    throw new Error("--database : une URL postgresql:// est attendue.");
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!/^[a-z0-9_]*bench[a-z0-9_]*$/.test(name)) {
    throw new Error(
      `Base « ${name || "(aucune)"} » refusée : le générateur la supprime, son nom doit contenir « bench » (ex. tripartite_bench).`,
    );
  }
  return name;
}

/** The URL without its password, for the log. */
export function describeBenchDatabase(url: string): string {
  const parsed = new URL(url);
  return `PostgreSQL ${parsed.host}${parsed.pathname}`;
}
