import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { TestProject } from "vitest/node";
import { resolveDatabaseTarget } from "@/lib/db/adapter";
import { applyPendingMigrations } from "@/lib/db/migrations";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated, empty PGlite data dir (tar) that each test file loads into its own database. */
    pgliteTemplate: string;
  }
}

/**
 * Runs once before the integration suite: migrates the PostgreSQL test database, or builds the
 * migrated PGlite template that every test file starts from.
 */
export default async function setup(project: TestProject) {
  const target = resolveDatabaseTarget();
  if (target.engine === "postgresql") {
    await applyPendingMigrations(new PrismaPg({ connectionString: target.url }));
    project.provide("pgliteTemplate", "");
    return;
  }
  const pglite = await PGlite.create();
  await applyPendingMigrations(new PrismaPGlite(pglite));
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  const file = path.join(process.cwd(), ".data", "test", "pglite-template.tar");
  await mkdir(path.dirname(file), { recursive: true });
  // Written aside then renamed: several suites started at once never read a half-written template.
  const partial = `${file}.${process.pid}`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
  project.provide("pgliteTemplate", file);
}
