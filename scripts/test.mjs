// `npm test`: everything, in order: types, formatting, lint, unit, integration on PGlite, the same integration
// suite on PostgreSQL when TEST_DATABASE_URL is set, then end-to-end in Chromium against the
// production build on PGlite, a smoke run of the benchmark on that build, and the end-to-end tests
// again on PostgreSQL when E2E_DATABASE_URL is set. Stops at the first failure.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { run, step } from "./run.mjs";

const withoutDatabase = { ...process.env };
delete withoutDatabase.DATABASE_URL;

async function main() {
  step("Génération du client Prisma");
  await run("npm", ["run", "--silent", "db:generate"]);

  step("Vérification des types (tsc)");
  await run("npx", ["tsc", "--noEmit"]);

  step("Mise en forme (Prettier --check)");
  await run("npx", ["prettier", "--check", "."]);

  // The layer rules of ARCHITECTURE.md are lint rules (eslint/layers.mjs): a violation fails here.
  step("Analyse statique et règles de couches (ESLint)");
  await run("npx", ["eslint", "--max-warnings", "0", "."]);

  // The PDF tests read documents as a person's tool does (poppler's pdftotext); the XLSX export is
  // read back by another spreadsheet program (LibreOffice Calc, headless).
  step("Outils des tests (pdftotext, soffice)");
  await run("node", ["scripts/ensure-tool.mjs", "pdftotext", "poppler-utils"]);
  await run("node", ["scripts/ensure-tool.mjs", "soffice", "libreoffice-calc-nogui"]);

  step("Tests unitaires");
  await run("npx", ["vitest", "run", "--project", "unit"]);

  step("Tests d'intégration sur PGlite");
  await run("npx", ["vitest", "run", "--project", "integration"], {
    env: { ...withoutDatabase, DATABASE_URL: "" },
  });

  if (process.env.TEST_DATABASE_URL) {
    step("Tests d'intégration sur PostgreSQL (TEST_DATABASE_URL)");
    await run("npx", ["vitest", "run", "--project", "integration"], {
      env: { DATABASE_URL: process.env.TEST_DATABASE_URL },
    });
  } else {
    step("Tests d'intégration sur PostgreSQL : ignorés (TEST_DATABASE_URL n'est pas définie)");
  }

  if (process.env.SKIP_E2E === "1") {
    step("Tests de bout en bout : ignorés (SKIP_E2E=1)");
    return;
  }
  step("Navigateur pour les tests de bout en bout");
  const chromium = execFileSync("node", ["scripts/ensure-chromium.mjs"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  }).trim();

  step("Construction de l'application (next build)");
  await run("npx", ["next", "build"], { env: { ...withoutDatabase, DATABASE_URL: "" } });

  step("Base de démonstration des tests de bout en bout (PGlite, .data/e2e)");
  rmSync(".data/e2e", { recursive: true, force: true });
  const e2eEnv = { ...withoutDatabase, DATABASE_URL: "", PGLITE_DATA_DIR: ".data/e2e" };
  await run("npm", ["run", "--silent", "db:migrate"], { env: e2eEnv });
  await run("npm", ["run", "--silent", "db:seed"], { env: e2eEnv });

  const browserEnv = { CHROMIUM_PATH: chromium === "playwright" ? "" : chromium };
  step("Tests de bout en bout sur PGlite (Playwright, Chromium, axe)");
  await run("npx", ["playwright", "test"], { env: { ...e2eEnv, ...browserEnv } });

  // The benchmark runner on the same build and database: sign-in, a few requests per page, the
  // dashboards' bare SQL, first-load JS. Fails on an error, never on a timing (BENCHMARKS.md).
  step("Mesure de performance, version courte (PGlite, .data/e2e, sans seuil de temps)");
  await run("npx", ["tsx", "--conditions=react-server", "scripts/bench.ts", "--smoke"], {
    env: e2eEnv,
  });

  // The same journeys on PostgreSQL, when a throw-away database is provided (.ci/run does).
  if (process.env.E2E_DATABASE_URL) {
    step("Tests de bout en bout sur PostgreSQL (E2E_DATABASE_URL)");
    const pgEnv = { DATABASE_URL: process.env.E2E_DATABASE_URL };
    await run("npm", ["run", "--silent", "db:migrate"], { env: pgEnv });
    await run("npm", ["run", "--silent", "db:seed"], { env: pgEnv });
    await run("npx", ["playwright", "test"], { env: { ...pgEnv, ...browserEnv } });
  } else {
    step("Tests de bout en bout sur PostgreSQL : ignorés (E2E_DATABASE_URL n'est pas définie)");
  }
}

main().catch((error) => {
  console.error(`\n\u2716 ${error.message}`);
  process.exit(1);
});
