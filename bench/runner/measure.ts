import type { Db } from "@/lib/db/client";
import { fetchPage, signIn, type CookieJar } from "@/bench/runner/http";
import { runLoad, summarise, type LoadOptions, type Summary } from "@/bench/runner/load";
import type { BenchPage } from "@/bench/runner/pages";
import type { SqlStatement } from "@/bench/runner/dashboard-sql";

export interface LevelResult {
  concurrency: number;
  page: Summary;
  /** The bare SQL of a dashboard, same concurrency; absent for lists. */
  sql: Summary | null;
  /** page p95 / SQL p95. */
  ratio: number | null;
  /** Bytes of the page's HTML (last sample). */
  bytes: number;
  firstError: string | null;
}

export interface PageResult {
  label: string;
  path: string;
  email: string;
  dashboard: boolean;
  levels: LevelResult[];
}

export interface MeasureOptions {
  baseUrl: string;
  password: string;
  levels: number[];
  /** Measured requests per page at each level. */
  requests: (concurrency: number) => number;
  seconds: number;
  /** The database the SQL equivalents run on during the measure; null to time them later (PGlite is held by the server). */
  db: Db | null;
  log: (line: string) => void;
}

/** One session per virtual user and account, signed in once and reused across pages. */
function sessions(baseUrl: string, password: string) {
  const jars = new Map<string, CookieJar[]>();
  return async (email: string, users: number): Promise<CookieJar[]> => {
    const list = jars.get(email) ?? [];
    while (list.length < users) list.push(await signIn(baseUrl, email, password));
    jars.set(email, list);
    return list;
  };
}

export function runSqlSet(db: Db, statements: readonly SqlStatement[]): Promise<unknown> {
  return Promise.all(statements.map((s) => db.$queryRaw(s.sql)));
}

function loadOptions(
  concurrency: number,
  options: Pick<MeasureOptions, "requests" | "seconds">,
): LoadOptions {
  return {
    concurrency,
    requests: options.requests(concurrency),
    seconds: options.seconds,
    warmup: Math.max(2, concurrency * 2),
  };
}

export async function timeSql(
  db: Db,
  statements: readonly SqlStatement[],
  load: LoadOptions,
): Promise<Summary> {
  const result = await runLoad(load, () => runSqlSet(db, statements).then(() => undefined));
  if (result.errors.length > 0) throw new Error(`SQL équivalent en échec : ${result.errors[0]}`);
  return summarise(result);
}

/** Every page at every level, and each dashboard's SQL right after it at the same level when `db` is given. */
export async function measurePages(
  pages: readonly BenchPage[],
  options: MeasureOptions,
): Promise<PageResult[]> {
  const sessionsOf = sessions(options.baseUrl, options.password);
  const results: PageResult[] = pages.map((p) => ({
    label: p.label,
    path: p.path,
    email: p.email,
    dashboard: p.dashboard,
    levels: [],
  }));
  for (const concurrency of options.levels) {
    for (const [index, page] of pages.entries()) {
      const jars = await sessionsOf(page.email, concurrency);
      let bytes = 0;
      const load = loadOptions(concurrency, options);
      const result = await runLoad(load, async (user) => {
        bytes = await fetchPage(options.baseUrl, page.path, jars[user]!);
      });
      const pageSummary = summarise(result);
      const sql = page.sql && options.db ? await timeSql(options.db, page.sql, load) : null;
      const level: LevelResult = {
        concurrency,
        page: pageSummary,
        sql,
        ratio: sql ? pageSummary.p95 / sql.p95 : null,
        bytes,
        firstError: result.errors[0] ?? null,
      };
      results[index]!.levels.push(level);
      options.log(
        `  ${String(concurrency).padStart(2)} u. ${page.label.padEnd(44)} p50 ${pageSummary.p50.toFixed(0).padStart(5)} ms  p95 ${pageSummary.p95.toFixed(0).padStart(5)} ms` +
          `${sql ? `  SQL p95 ${sql.p95.toFixed(1)} ms` : ""}${result.errors.length ? `  ${result.errors.length} erreurs (${result.errors[0]})` : ""}`,
      );
    }
  }
  return results;
}

/** The SQL of each dashboard at each level, once the server has released the database (PGlite). */
export async function measureSqlAfter(
  db: Db,
  pages: readonly BenchPage[],
  results: PageResult[],
  options: Pick<MeasureOptions, "requests" | "seconds">,
): Promise<void> {
  for (const [index, page] of pages.entries()) {
    if (!page.sql) continue;
    for (const level of results[index]!.levels) {
      level.sql = await timeSql(db, page.sql, loadOptions(level.concurrency, options));
      level.ratio = level.page.p95 / level.sql.p95;
    }
  }
}
