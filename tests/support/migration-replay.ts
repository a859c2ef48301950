import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, expect } from "vitest";
import {
  DEFAULT_MIGRATIONS_DIR,
  applyPendingMigrations,
  migrationNamesOnDisk,
} from "@/lib/db/migrations";

export interface ReplayedDatabase {
  pglite: PGlite;
  factory: PrismaPGlite;
  /** The migrations applied, in order. */
  applied: string[];
  close: () => Promise<void>;
}

/**
 * A throw-away PGlite as a database stood after migration `last`: the committed migrations up to
 * it, applied from a copy of their folder. A test then writes the rows a later migration must
 * carry, and applies the rest with `applyPendingMigrations(factory)`.
 */
export async function replayMigrationsUpTo(last: string): Promise<ReplayedDatabase> {
  const pglite = await PGlite.create();
  const factory = new PrismaPGlite(pglite);
  const dir = await mkdtemp(path.join(os.tmpdir(), "tripartite-migrations-"));
  const names = (await migrationNamesOnDisk()).filter((name) => name <= last);
  for (const name of names)
    await cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
  await cp(
    path.join(DEFAULT_MIGRATIONS_DIR, "migration_lock.toml"),
    path.join(dir, "migration_lock.toml"),
  );
  const applied = await applyPendingMigrations(factory, { migrationsDir: dir });
  return {
    pglite,
    factory,
    applied,
    close: async () => {
      await pglite.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * replayMigrationsUpTo for a whole test file: replayed before its tests, closed after them. Read
 * `pglite` and `factory` from the returned object inside the tests.
 */
export function replayedForFile(last: string): ReplayedDatabase {
  const replayed = {} as ReplayedDatabase;
  beforeAll(async () => {
    Object.assign(replayed, await replayMigrationsUpTo(last));
    expect(replayed.applied.at(-1)).toBe(last);
  });
  afterAll(() => replayed.close());
  return replayed;
}
