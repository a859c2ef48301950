import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, inject, vi } from "vitest";
import { createDb, db, disconnectDb, setProcessDb } from "@/lib/db/client";
import { testSession } from "./session";

// Integration tests call lib/ with real contexts; only the session cookie is replaced.
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: () =>
    Promise.resolve(testSession.userId ? { id: testSession.userId, name: null } : null),
}));

beforeAll(async () => {
  testSession.userId = null;
  const template = inject("pgliteTemplate");
  if (template) {
    // Each test file gets its own in-memory database, loaded from the migrated template.
    const pglite = await PGlite.create({ loadDataDir: new Blob([await readFile(template)]) });
    setProcessDb(createDb({ engine: "pglite", dataDir: "memory://" }, pglite), {
      engine: "pglite",
      dataDir: "memory://",
    });
    return;
  }
  // PostgreSQL: one shared database, emptied before each file (files run one at a time).
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length > 0) {
    await db.$executeRawUnsafe(
      `TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`,
    );
  }
});

afterAll(async () => {
  await disconnectDb();
});
