import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db, databaseEngine } from "@/lib/db/client";

export interface DatabaseHealth {
  ok: boolean;
  engine: "pglite" | "postgresql";
  pending: string[];
}

/** Healthy when the database answers and every migration on disk is applied. */
export async function checkDatabaseHealth(
  migrationsDir = path.join(process.cwd(), "prisma", "migrations"),
): Promise<DatabaseHealth> {
  const engine = databaseEngine();
  // The migrations folder is read at run time on purpose: not bundled, not traced.
  const entries = await readdir(/* turbopackIgnore: true */ migrationsDir, {
    withFileTypes: true,
  }).catch(() => []);
  const onDisk = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  let applied: Set<string>;
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((r) => r.migration_name));
  } catch {
    return { ok: false, engine, pending: onDisk };
  }
  const pending = onDisk.filter((name) => !applied.has(name));
  return { ok: onDisk.length > 0 && pending.length === 0, engine, pending };
}
