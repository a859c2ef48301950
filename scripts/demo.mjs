// `npm run demo`: applies migrations, loads the demo data (idempotent), builds the production
// app and serves it on http://localhost:3000. Embedded PGlite unless DATABASE_URL says otherwise.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { run, step } from "./run.mjs";

const port = process.env.PORT ?? "3000";

/** A stable session secret for the demo, kept in the git-ignored .data folder. */
function demoSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = ".data/auth-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  const env = {
    NEXTAUTH_SECRET: demoSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    // Without SMTP, on the embedded demo database, invitations land in the demo outbox at
    // /courriels (each mail readable by its signed-in recipient and the platform administrator;
    // every page says that no mail leaves). On PostgreSQL — a shared installation — it is never
    // turned on implicitly: set MAIL_OUTBOX=1 yourself if that is really what you want.
    MAIL_OUTBOX:
      process.env.MAIL_OUTBOX ??
      (process.env.SMTP_URL || /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")
        ? ""
        : "1"),
  };
  step("Migrations de la base de données");
  await run("npm", ["run", "--silent", "db:migrate"], { env });
  step("Données de démonstration (référentiels, 7 654 collèges, comptes)");
  await run("npm", ["run", "--silent", "db:seed"], { env });
  step("Construction de l'application (next build)");
  await run("npx", ["next", "build"], { env });
  step(
    `Tripartite sur http://localhost:${port} — comptes de démonstration : voir README.md (mot de passe Demo2026!)`,
  );
  await run("node", ["scripts/serve.mjs"], { env: { ...env, PORT: port } });
}

main().catch((error) => {
  console.error(`\n\u2716 ${error.message}`);
  process.exit(1);
});
