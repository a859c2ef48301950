import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  applyPendingMigrations,
  diffMigrationsToSchema,
  migrationNamesOnDisk,
  pendingMigrationNames,
  type QueryRows,
} from "@/lib/db/migrations";

describe("committed migrations", () => {
  it("reproduce prisma/schema/ exactly (run `npm run db:migration -- <nom>` if this fails)", async () => {
    expect(await migrationNamesOnDisk()).not.toEqual([]);
    expect(await diffMigrationsToSchema()).toBe("");
  });

  it("are told apart from a schema that moved on", async () => {
    // Guards the test above against passing vacuously (e.g. an engine that always answers "").
    const dir = await mkdtemp(path.join(os.tmpdir(), "tripartite-schema-"));
    try {
      const schemaPath = path.join(dir, "schema");
      await cp(DEFAULT_SCHEMA_PATH, schemaPath, { recursive: true });
      await writeFile(
        path.join(schemaPath, "probe.prisma"),
        "model MigrationDriftProbe {\n  id Int @id\n}\n",
      );
      expect(await diffMigrationsToSchema({ schemaPath })).toMatch(
        /CREATE TABLE "MigrationDriftProbe"/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("apply once to a fresh database, recorded as `prisma migrate deploy` would", async () => {
    const pglite = await PGlite.create();
    try {
      const factory = new PrismaPGlite(pglite);
      const onDisk = await migrationNamesOnDisk();
      expect(await pendingMigrationNames(factory)).toEqual(onDisk);
      expect(await applyPendingMigrations(factory)).toEqual(onDisk);
      expect(await applyPendingMigrations(factory)).toEqual([]);
      expect(await pendingMigrationNames(factory)).toEqual([]);

      const { rows } = await pglite.query<{ migration_name: string; checksum: string }>(
        "SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name",
      );
      const expected = await Promise.all(
        onDisk.map(async (name) => {
          const sql = await readFile(path.join(DEFAULT_MIGRATIONS_DIR, name, "migration.sql"));
          return { migration_name: name, checksum: createHash("sha256").update(sql).digest("hex") };
        }),
      );
      expect(rows).toEqual(expected);
    } finally {
      await pglite.close();
    }
  });

  it("are all applied to the test database (query-function form, as the health check uses)", async () => {
    const query: QueryRows = (sql) => db.$queryRawUnsafe<Record<string, unknown>[]>(sql);
    expect(await pendingMigrationNames(query)).toEqual([]);
  });
});
