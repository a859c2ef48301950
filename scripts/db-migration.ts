import { createMigration, displayPath, migrationNameError } from "@/lib/db/migrations";

// Usage: npm run db:migration -- <nom>. Needs no running database: the diff replays the
// committed migrations on an in-memory PGlite and compares the result with the schema (prisma/schema/*.prisma).
async function main() {
  const args = process.argv.slice(2);
  const error =
    args.length > 1
      ? `Un seul nom de migration attendu (reçu : ${args.join(" ")}).`
      : migrationNameError(args[0]);
  if (error) throw new Error(error);
  const result = await createMigration(args[0]!, {
    migrationsDir: process.env.MIGRATIONS_DIR,
    schemaPath: process.env.PRISMA_SCHEMA_PATH,
  });
  if (!result.created) {
    console.log(result.message);
    return;
  }
  console.log(`Migration créée : ${displayPath(result.path)}`);
  console.log("Relisez le SQL, puis appliquez-la avec : npm run db:migrate");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
