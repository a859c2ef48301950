import { defineConfig } from "prisma/config";

// The CLI is used for `prisma generate` only: migrations run through the project's own
// offline commands (scripts/db-migrate.ts, scripts/db-migration.ts), see CONTRIBUTING.md.
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
});
