import path from "node:path";
import { openAdapter, resolveDatabaseTarget, type DatabaseTarget } from "@/lib/db/adapter";
import {
  DEFAULT_MIGRATIONS_DIR,
  applyPendingMigrations,
  displayPath,
  migrationNamesOnDisk,
} from "@/lib/db/migrations";

/** Where the migrations go, without the password a DATABASE_URL may carry. */
function describeTarget(target: DatabaseTarget): string {
  if (target.engine === "pglite") {
    return `PGlite (${target.dataDir === "memory://" ? "en mémoire" : displayPath(target.dataDir)})`;
  }
  try {
    const url = new URL(target.url);
    return `PostgreSQL (${url.host}${url.pathname})`;
  } catch {
    return "PostgreSQL (URL illisible)";
  }
}

// The engine refuses to go on after a failed migration, exactly like `prisma migrate deploy`.
const FAILED_MIGRATION_HINT =
  "Une migration a échoué sur cette base : réparez-la à la main, puis marquez-la comme annulée " +
  "(UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '…') avant de relancer.";

async function main() {
  const migrationsDir = process.env.MIGRATIONS_DIR || DEFAULT_MIGRATIONS_DIR;
  // Run from the wrong folder, an empty list would otherwise read as "Base à jour".
  if ((await migrationNamesOnDisk(migrationsDir)).length === 0) {
    throw new Error(
      `Aucune migration dans ${path.resolve(migrationsDir)} : lancez la commande à la racine du projet.`,
    );
  }
  const target = resolveDatabaseTarget();
  const where = describeTarget(target);
  console.log(`Base : ${where}`);
  const opened = await openAdapter(target);
  try {
    const applied = await applyPendingMigrations(opened.factory, { migrationsDir });
    if (applied.length === 0) console.log("Base à jour : aucune migration en attente.");
    else
      console.log(
        `${applied.length} migration(s) appliquée(s) :\n${applied.map((n) => `  - ${n}`).join("\n")}`,
      );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint = (error as { code?: string }).code === "P3009" ? `\n${FAILED_MIGRATION_HINT}` : "";
    throw new Error(`Échec des migrations sur ${where} :\n${message}${hint}`);
  } finally {
    await opened.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
