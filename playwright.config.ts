import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const executablePath = process.env.CHROMIUM_PATH || undefined;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // One retry, so that a timing accident under load does not sink a whole run; a test that only
  // passes on its retry is reported « flaky » and is a bug to fix (CONTRIBUTING.md).
  retries: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "off",
    launchOptions: {
      executablePath,
      // Debian's Chromium as root needs --no-sandbox; the rest keeps it off the (closed) network.
      args: [
        ...(isRoot ? ["--no-sandbox"] : []),
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "parcours", testIgnore: /assistance\.spec\.ts$/ },
    // The day after the signature: the assistance journey needs Les Gayeulles' convention in
    // force, which the signing journey (conventions.signing.spec.ts) brings about.
    { name: "apres-signature", testMatch: /assistance\.spec\.ts$/, dependencies: ["parcours"] },
  ],
  webServer: {
    command: "node scripts/serve.mjs",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR ?? ".data/e2e",
      // Empty: the embedded PGlite; a postgres:// URL runs the same journeys on PostgreSQL.
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
      MAIL_OUTBOX: "1",
      PORT: String(port),
    },
  },
});
