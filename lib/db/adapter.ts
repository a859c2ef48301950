import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * Which database the process talks to. `DATABASE_URL=postgres://…` selects PostgreSQL;
 * anything else selects the embedded PGlite, whose data lives in `PGLITE_DATA_DIR`
 * (default `.data/pglite`, or `memory://` for a throw-away database).
 */
export type DatabaseTarget =
  { engine: "postgresql"; url: string } | { engine: "pglite"; dataDir: string };

export function resolveDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { engine: "postgresql", url };
  if (url) {
    throw new Error(
      `DATABASE_URL doit être une URL postgres:// ou postgresql:// (reçu : « ${url.split(":")[0]}:… »). ` +
        "Laissez-la vide pour la base embarquée PGlite.",
    );
  }
  const dataDir = env.PGLITE_DATA_DIR?.trim() || path.join(process.cwd(), ".data", "pglite");
  return { engine: "pglite", dataDir };
}

export type AdapterFactory = PrismaPg | PrismaPGlite;

/**
 * The pool of a PostgreSQL target. JIT compilation is off for the session: the dashboards' larger
 * aggregates cross its cost threshold and spent 30 to 40 ms compiling for a 90 ms query (the
 * assistance failure rates of an académie at national scale, 135 → 93 ms without it). An
 * `options=` parameter in DATABASE_URL takes precedence (node-postgres reads the URL last).
 */
export function postgresPool(url: string) {
  return new PrismaPg({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    options: "-c jit=off",
  });
}

export interface OpenedAdapter {
  target: DatabaseTarget;
  factory: AdapterFactory;
  /** Releases the embedded database (PGlite) or the connection pool (PostgreSQL). */
  close: () => Promise<void>;
}

/** Opens the driver adapter for a target. PGlite is opened once per process and data dir. */
export async function openAdapter(
  target: DatabaseTarget = resolveDatabaseTarget(),
): Promise<OpenedAdapter> {
  if (target.engine === "postgresql") {
    const factory = postgresPool(target.url);
    return { target, factory, close: async () => {} };
  }
  const pglite = await openPGlite(target.dataDir);
  return { target, factory: new PrismaPGlite(pglite), close: () => pglite.close() };
}

export async function openPGlite(dataDir: string): Promise<PGlite> {
  if (dataDir === "memory://") return PGlite.create();
  const { mkdir } = await import("node:fs/promises");
  await mkdir(dataDir, { recursive: true });
  return PGlite.create(dataDir);
}
