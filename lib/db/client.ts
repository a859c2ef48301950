import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { postgresPool, resolveDatabaseTarget, type DatabaseTarget } from "@/lib/db/adapter";

/** Password hashes never leave the database unless a query asks for them by name. */
const clientOptions = { omit: { user: { passwordHash: true } } } as const;

/** A Prisma client on a target; pass `pglite` to reuse an open embedded database. */
export function createDb(target: DatabaseTarget, pglite?: PGlite) {
  if (target.engine === "postgresql") {
    return new PrismaClient({ adapter: postgresPool(target.url), ...clientOptions });
  }
  // PGlite is single-process: one instance per data dir, shared by the whole process.
  if (!pglite && target.dataDir !== "memory://") mkdirSync(target.dataDir, { recursive: true });
  const database =
    pglite ?? new PGlite(target.dataDir === "memory://" ? undefined : target.dataDir);
  const client = new PrismaClient({ adapter: new PrismaPGlite(database), ...clientOptions });
  embedded.set(client, database);
  return client;
}

/** The PGlite behind a client, closed with it: an unclosed data dir may not reopen cleanly. */
const embedded = new WeakMap<object, PGlite>();

export type Db = ReturnType<typeof createDb>;

const globalForDb = globalThis as unknown as {
  tripartiteDb?: { client: Db; target: DatabaseTarget };
};

function instance() {
  if (!globalForDb.tripartiteDb) {
    const target = resolveDatabaseTarget();
    globalForDb.tripartiteDb = { client: createDb(target), target };
  }
  return globalForDb.tripartiteDb;
}

/** The process-wide Prisma client, on the engine `DATABASE_URL` selects. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = instance().client;
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function" ? (value.bind(client) as unknown) : value;
  },
});

export function databaseEngine(): DatabaseTarget["engine"] {
  return instance().target.engine;
}

/** Binds the process to another client: integration tests give each test file its own database. */
export function setProcessDb(client: Db, target: DatabaseTarget): void {
  globalForDb.tripartiteDb = { client, target };
}

/** Closes the client; the next use opens a new one (tests, CLI scripts). */
export async function disconnectDb(): Promise<void> {
  const current = globalForDb.tripartiteDb;
  globalForDb.tripartiteDb = undefined;
  if (!current) return;
  await current.client.$disconnect();
  const pglite = embedded.get(current.client);
  if (pglite && !pglite.closed) await pglite.close();
}
