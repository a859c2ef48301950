import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { benchDatabaseName } from "@/bench/bench-options";

/**
 * Drops and recreates the benchmark database, connected to the server's `postgres` database.
 * `benchDatabaseName` refuses any database whose name does not say « bench »: the test, e2e and
 * real databases cannot be named here. Unsafe by nature: run by `npm run bench:seed` only.
 */
export async function unsafeRecreateBenchDatabase(url: string): Promise<void> {
  const name = benchDatabaseName(url);
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    // The name matched [a-z0-9_]+ above, so quoting it is enough.
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** Applies every migration of prisma/migrations, as `npm run db:migrate` does. */
export async function applyBenchMigrations(url: string): Promise<string[]> {
  return applyPendingMigrations(new PrismaPg({ connectionString: url, max: 2 }));
}
