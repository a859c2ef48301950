import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/db/client";
import type { DatabaseTarget } from "@/lib/db/adapter";
import { BENCH_NOW } from "@/prisma/seed/shared/bench-constants";
import { unsafeSeedBench } from "@/bench/seed-bench";
import { applyBenchMigrations, unsafeRecreateBenchDatabase } from "@/bench/bench-database";
import { measureFirstLoadJs, servedJsGzipBytes } from "@/bench/runner/first-load-js";
import { fetchHtml, signIn } from "@/bench/runner/http";
import { timeImports } from "@/bench/runner/imports";
import { measurePages, measureSqlAfter } from "@/bench/runner/measure";
import { parseRunnerArguments, type RunnerOptions } from "@/bench/runner/options";
import { BENCH_CAST, DEMO_CAST, benchPages, resolveCast } from "@/bench/runner/pages";
import { formatReport, machineInfo, verdictsOf, type BenchReport } from "@/bench/runner/report";
import { startServer, timeCommand } from "@/bench/runner/processes";

/**
 * `npm run bench`: builds and starts the production app on the benchmark database, signs in as
 * the representative accounts, loads every dashboard and main list at 1 and 10 concurrent users
 * (time to the last byte), times each dashboard's bare SQL in the same run, times the two imports,
 * reads the first-load JavaScript of every page from the build, and prints the table and the
 * budgets (shared/design/architecture.md §6); the figures go to bench-results/latest.json.
 *
 *   npm run bench                    PostgreSQL, national dataset of npm run bench:seed (generated
 *                                    first when the database is missing or empty, or with --seed)
 *   npm run bench:pglite -- --seed   PGlite, the Nord (≈ 200 collèges, ≈ 100,000 equipment rows)
 *   … --smoke                        the demo database of the e2e run, a few requests (npm test)
 *
 * See BENCHMARKS.md. The dates of the dataset are fixed (BENCH_NOW); pages read « today ».
 */

const cwd = process.cwd();
const log = (line: string) => console.log(line);

function targetOf(o: RunnerOptions): DatabaseTarget {
  return o.kind === "postgresql"
    ? { engine: "postgresql", url: o.databaseUrl }
    : { engine: "pglite", dataDir: o.pgliteDir };
}

/** A client on the benchmark database; closing it also closes PGlite, which admits one process at a time. */
function openDb(o: RunnerOptions): Promise<{ db: Db; close: () => Promise<void> }> {
  if (o.kind === "postgresql") {
    const db = createDb(targetOf(o));
    return Promise.resolve({ db, close: () => db.$disconnect() });
  }
  const pglite = new PGlite(o.pgliteDir);
  const db = createDb(targetOf(o), pglite);
  return Promise.resolve({
    db,
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  });
}

/** The environment of every child (build, server, imports): the same database as the runner. */
function childEnv(o: RunnerOptions): Record<string, string> {
  return o.kind === "postgresql"
    ? { DATABASE_URL: o.databaseUrl }
    : { DATABASE_URL: "", PGLITE_DATA_DIR: o.pgliteDir };
}

/** Writes the benchmark dataset (seed 1, as npm run bench:seed) of `departements` (null: all of France) into a migrated database. */
async function writeBenchDataset(
  o: RunnerOptions,
  departements: readonly string[] | null,
): Promise<void> {
  const { db, close } = await openDb(o);
  try {
    const report = await unsafeSeedBench(db, {
      seed: 1,
      departements,
      log,
      pdfThreads: Number(process.env.BENCH_PDF_THREADS ?? 2),
    });
    log(
      `  ${report.tables.Etablissement} établissements, ${report.tables.Equipment} équipements, ${report.tables.Convention} conventions`,
    );
  } finally {
    await close();
  }
}

/** The département-scale PGlite database: migrations, then the bench dataset restricted to the Nord. */
async function seedPglite(o: RunnerOptions): Promise<void> {
  log(`Base PGlite de mesure (${o.pgliteDir}) : migrations et jeu de données du Nord…`);
  rmSync(o.pgliteDir, { recursive: true, force: true });
  await timeCommand("npm", ["run", "--silent", "db:migrate"], { cwd, env: childEnv(o) });
  await writeBenchDataset(o, ["59"]);
}

/** Whether the PostgreSQL benchmark database holds equipment; false when it or its tables do not exist. */
async function hasNationalDataset(o: RunnerOptions): Promise<boolean> {
  const { db, close } = await openDb(o);
  try {
    const [row] = await db.$queryRawUnsafe<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM "Equipment") AS found`,
    );
    return row!.found;
  } catch {
    return false;
  } finally {
    await close();
  }
}

/**
 * The national dataset, as `npm run bench:seed` writes it (same seed, same rows), when the
 * database is missing or empty, or on --seed: so that `npm run bench` runs end to end on a fresh
 * clone with PostgreSQL available. About 6 minutes on 2 idle cores.
 */
async function ensureNationalDataset(o: RunnerOptions): Promise<void> {
  if (!o.seed && (await hasNationalDataset(o))) return;
  log(
    o.seed
      ? "Jeu national demandé (--seed) : la base de mesure est recréée (environ 6 min sur 2 cœurs)…"
      : "Base de mesure absente ou vide : génération du jeu national, comme npm run bench:seed (environ 6 min sur 2 cœurs)…",
  );
  await unsafeRecreateBenchDatabase(o.databaseUrl);
  await applyBenchMigrations(o.databaseUrl);
  await writeBenchDataset(o, null);
}

async function datasetOf(db: Db): Promise<Record<string, number>> {
  const tables = ["Etablissement", "Equipment", "Convention", "BudgetLine", "NeedRequest", "User"];
  const out: Record<string, number> = {};
  for (const t of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${t}"`);
    out[t] = Number(row!.n);
  }
  return out;
}

/**
 * The scripts each measured page's HTML loads, summed at gzip size: the check of the manifest
 * figures. A page that answers an error is reported as such; the run goes on (it fails at the end
 * on the pages in error, with every figure written).
 */
async function measureServedJs(
  baseUrl: string,
  password: string,
  pages: { path: string; email: string }[],
): Promise<BenchReport["servedJs"]> {
  const jars = new Map<string, Awaited<ReturnType<typeof signIn>>>();
  const out: BenchReport["servedJs"] = [];
  for (const p of pages) {
    if (out.some((x) => x.path === p.path)) continue;
    const jar = jars.get(p.email) ?? (await signIn(baseUrl, p.email, password));
    jars.set(p.email, jar);
    const html = await fetchHtml(baseUrl, p.path, jar).catch((error: unknown) =>
      error instanceof Error ? error : new Error(String(error)),
    );
    out.push(
      html instanceof Error
        ? { path: p.path, error: html.message }
        : { path: p.path, ...servedJsGzipBytes(path.join(cwd, ".next"), html) },
    );
  }
  return out;
}

async function main() {
  const o = parseRunnerArguments(process.argv.slice(2));
  const loadStart = os.loadavg();
  const startedAt = new Date().toISOString();
  if (o.kind === "pglite" && o.seed) await seedPglite(o);
  if (o.kind === "postgresql") await ensureNationalDataset(o);

  if (o.build) {
    log("Construction de l'application (next build)…");
    const { seconds } = await timeCommand("npx", ["next", "build"], { cwd, env: childEnv(o) });
    log(`  ${seconds.toFixed(0)} s`);
  }
  const firstLoadJs = measureFirstLoadJs(path.join(cwd, ".next"));

  // The figures of the dataset are read at its own date for the SQL (exercice), the pages read today.
  const today = new Date().toISOString().slice(0, 10);
  const exercice = new Date().getUTCFullYear();
  const opened = await openDb(o);
  let db: Db | null = opened.db;
  const resolved = await resolveCast(db, o.kind === "smoke" ? DEMO_CAST : BENCH_CAST);
  const dataset = await datasetOf(db);
  const pages = (await benchPages(db, resolved, today, exercice)).filter(
    (p) => !o.only || p.label.includes(o.only) || p.path.includes(o.only),
  );
  log(
    `Jeu de données : ${Object.entries(dataset)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")} (daté du ${BENCH_NOW.toISOString().slice(0, 10)} pour la mesure nationale)`,
  );
  if (o.kind !== "postgresql") {
    // PGlite admits one process: the server gets the database, the SQL is timed once it has stopped.
    await opened.close();
    db = null;
  }

  const requests = (c: number) => o.requests ?? (c === 1 ? 30 : 10 * c);
  const server = await startServer({ cwd, port: o.port, env: childEnv(o) });
  let results;
  let servedJs: BenchReport["servedJs"] = [];
  try {
    log(
      `Serveur ${server.baseUrl} ; ${pages.length} pages ; ${o.levels.join(" puis ")} utilisateurs`,
    );
    results = await measurePages(pages, {
      baseUrl: server.baseUrl,
      password: resolved.cast.password,
      levels: o.levels,
      requests,
      seconds: o.seconds,
      db,
      log,
    });
    servedJs = await measureServedJs(server.baseUrl, resolved.cast.password, pages);
  } finally {
    await server.stop();
  }
  if (!db) {
    log("SQL nu des tableaux de bord (PGlite, serveur arrêté)…");
    const sql = await openDb(o);
    try {
      await measureSqlAfter(sql.db, pages, results, { requests, seconds: o.seconds });
    } finally {
      await sql.close();
    }
  } else {
    await opened.close();
  }

  const imports = o.imports
    ? await timeImports({
        cwd,
        env: childEnv(o),
        collectivite: o.kind === "postgresql" ? "35" : "59",
        rows: 100_000,
        db: () => openDb(o),
      })
    : [];

  const partial = { kind: o.kind, pages: results, imports, firstLoadJs, servedJs };
  const report: BenchReport = {
    ...partial,
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: machineInfo(loadStart),
    dataset,
    settings: {
      levels: o.levels,
      requests: Object.fromEntries(o.levels.map((c) => [c, requests(c)])),
      seconds: o.seconds,
      baseUrl: server.baseUrl,
    },
    verdicts: verdictsOf(partial),
  };
  console.log(`\n${formatReport(report)}`);
  mkdirSync(path.dirname(path.resolve(o.out)), { recursive: true });
  writeFileSync(o.out, `${JSON.stringify(report, null, 2)}\n`);
  log(`\nRésultats : ${o.out}`);

  // The smoke run proves the runner works: any failed request or sign-in fails it, timings never do.
  const failed = results.filter((p) => p.levels.some((l) => l.page.errors > 0 || l.page.n === 0));
  if (failed.length > 0)
    throw new Error(
      `Pages en échec : ${failed.map((p) => `${p.path} (${p.levels.find((l) => l.firstError)?.firstError ?? "aucune mesure"})`).join(", ")}`,
    );
  if (o.kind === "smoke" && !results.some((p) => p.levels.some((l) => l.sql && l.sql.n > 0)))
    throw new Error("Aucun SQL nu mesuré.");
}

// Exit explicitly: idle keep-alive sockets of the load generator would hold the process open.
main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(() => process.exit());
