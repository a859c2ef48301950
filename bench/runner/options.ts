import path from "node:path";
import { DEFAULT_BENCH_DATABASE_URL, benchDatabaseName } from "@/bench/bench-options";
import { argumentValue } from "@/bench/arguments";

export interface RunnerOptions {
  kind: "postgresql" | "pglite" | "smoke";
  databaseUrl: string;
  pgliteDir: string;
  port: number;
  build: boolean;
  imports: boolean;
  /** PGlite only: (re)create the département-scale database first. */
  seed: boolean;
  levels: number[];
  /** Measured requests per page per level; null: 30 for one user, 10 per user above. */
  requests: number | null;
  seconds: number;
  out: string;
  /** Only pages whose label or path contains this text. */
  only: string | null;
}

export const USAGE = `Usage : npm run bench -- [options]            (PostgreSQL, base BENCH_DATABASE_URL ou tripartite_bench)
        npm run bench:pglite -- [--seed] [options]   (PGlite, département du Nord, .data/bench-pglite)
  --database URL      base PostgreSQL de mesure (son nom doit contenir « bench »)
  --pglite-dir DIR    dossier PGlite (défaut .data/bench-pglite)
  --seed              recrée la base avant de mesurer : PGlite, le Nord ; PostgreSQL, la France entière
                      (que npm run bench fait de lui-même quand la base est absente ou vide)
  --port N            port de next start (défaut 3200)
  --no-build          réutilise le .next existant
  --no-imports        sans les mesures d'import
  --concurrency 1,10  utilisateurs simultanés
  --requests N        requêtes mesurées par page et par niveau
  --seconds T         au plus T secondes par page et par niveau (défaut 60)
  --only TEXTE        seulement les pages dont le nom ou le chemin contient TEXTE
  --out FICHIER       résultats JSON (défaut bench-results/latest.json, bench-results/pglite.json)`;

const valueOf = (argv: readonly string[], name: string) => argumentValue(argv, name, USAGE);

export function parseRunnerArguments(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): RunnerOptions {
  const flags = new Set(["--pglite", "--smoke", "--seed", "--no-build", "--no-imports"]);
  const valued = new Set([
    "--database",
    "--pglite-dir",
    "--port",
    "--concurrency",
    "--requests",
    "--seconds",
    "--out",
    "--only",
  ]);
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (valued.has(a)) i += 1;
    else if (!flags.has(a)) throw new Error(`Option inconnue : ${a}\n${USAGE}`);
  }
  const kind = argv.includes("--smoke")
    ? "smoke"
    : argv.includes("--pglite")
      ? "pglite"
      : "postgresql";
  const databaseUrl =
    valueOf(argv, "--database") ?? (env.BENCH_DATABASE_URL?.trim() || DEFAULT_BENCH_DATABASE_URL);
  if (kind === "postgresql") benchDatabaseName(databaseUrl);
  const levels = (valueOf(argv, "--concurrency") ?? (kind === "smoke" ? "1,2" : "1,10"))
    .split(",")
    .map(Number);
  if (levels.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error("--concurrency attend des entiers, ex. 1,10");
  const requests = valueOf(argv, "--requests");
  return {
    kind,
    databaseUrl,
    pgliteDir: path.resolve(
      valueOf(argv, "--pglite-dir") ?? (kind === "smoke" ? ".data/e2e" : ".data/bench-pglite"),
    ),
    port: Number(valueOf(argv, "--port") ?? (kind === "smoke" ? 3291 : 3200)),
    build: kind !== "smoke" && !argv.includes("--no-build"),
    imports: kind !== "smoke" && !argv.includes("--no-imports"),
    seed: argv.includes("--seed"),
    levels,
    requests: requests !== undefined ? Number(requests) : kind === "smoke" ? 4 : null,
    seconds: Number(valueOf(argv, "--seconds") ?? (kind === "smoke" ? 20 : 60)),
    out: valueOf(argv, "--out") ?? `bench-results/${kind === "postgresql" ? "latest" : kind}.json`,
    only: valueOf(argv, "--only") ?? null,
  };
}
