import { createDb } from "@/lib/db/client";
import { BENCH_PASSWORD } from "@/prisma/seed/shared/bench-constants";
import { applyBenchMigrations, unsafeRecreateBenchDatabase } from "@/bench/bench-database";
import { describeBenchDatabase, parseBenchArguments } from "@/bench/bench-options";
import { createStepRunner, formatInteger } from "@/bench/bench-steps";
import { unsafeSeedBench } from "@/bench/seed-bench";

/**
 * Generates the national benchmark dataset: drops and recreates the benchmark database (its name
 * must contain « bench »), applies the migrations, writes the dataset, runs VACUUM (ANALYZE) and prints the
 * time of each step and the accounts to sign in with.
 *
 *   npm run bench:seed -- [--database postgresql://postgres@127.0.0.1:5432/tripartite_bench] [--seed 1] [--departements 35,59]
 *
 * The database defaults to BENCH_DATABASE_URL, else the URL above. BENCH_PDF_THREADS (default 2)
 * sets how many threads render the conventions' PDFs, the longest step.
 */
async function main() {
  const options = parseBenchArguments(process.argv.slice(2));
  const started = performance.now();
  console.log(
    `Base : ${describeBenchDatabase(options.databaseUrl)} (supprimée puis recréée) ; graine ${options.seed} ; ` +
      `départements : ${options.departements?.join(", ") ?? "tous (France entière)"}`,
  );
  const steps = createStepRunner();
  await steps.run("Base supprimée et recréée", () =>
    unsafeRecreateBenchDatabase(options.databaseUrl),
  );
  await steps.run(
    "Migrations",
    () => applyBenchMigrations(options.databaseUrl),
    (applied) => applied.length,
  );

  const db = createDb({ engine: "postgresql", url: options.databaseUrl });
  try {
    const report = await unsafeSeedBench(db, {
      seed: options.seed,
      departements: options.departements,
      steps,
      log: console.log,
      pdfThreads: Number(process.env.BENCH_PDF_THREADS ?? 2),
    });
    const total = (performance.now() - started) / 1000;

    console.log(
      "\nDurées (temps écoulé, puis processeur du processus Node, fils de rendu compris) :",
    );
    for (const t of report.timings) {
      const rows =
        t.rows !== null
          ? `${formatInteger(t.rows).padStart(11)} lignes  ${formatInteger(t.rows / Math.max(t.seconds, 0.001)).padStart(9)} lignes/s`
          : "";
      console.log(
        `  ${t.label.padEnd(62)} ${t.seconds.toFixed(1).padStart(7)} s  ${t.cpuSeconds.toFixed(1).padStart(6)} s CPU  ${rows}`,
      );
    }
    const cpu = process.cpuUsage();
    console.log(
      `  ${"Total".padEnd(62)} ${total.toFixed(1).padStart(7)} s  ${((cpu.user + cpu.system) / 1e6).toFixed(1).padStart(6)} s CPU`,
    );

    console.log("\nLignes par table :");
    for (const [table, n] of Object.entries(report.tables))
      console.log(`  ${table.padEnd(24)} ${formatInteger(n).padStart(11)}`);
    console.log(`  Taille de la base : ${(report.databaseBytes / 1024 / 1024).toFixed(0)} Mo`);
    const { inventory, conventions } = report;
    console.log(
      `  Équipements : ${formatInteger(inventory.equipment)} dont ${formatInteger(inventory.reforme)} réformés, ${inventory.imports} imports`,
    );
    console.log(
      `  Conventions : ${Object.entries(conventions.conventions)
        .sort()
        .map(([k, n]) => `${k} ${n}`)
        .join(", ")}`,
    );
    console.log(
      `  Appels à projets : ${report.calls.calls} appels, ${formatInteger(report.calls.applications)} dossiers, ` +
        `${formatInteger(report.calls.scores)} notations, ${formatInteger(report.calls.reports)} bilans`,
    );
    const { etic } = report;
    console.log(
      `  Indicateurs ETIC (${formatInteger(etic.colleges)} collèges, ${formatInteger(etic.pupils)} élèves) : ${etic.terminauxPour100.toFixed(1)} terminaux en service ` +
        `pour 100 élèves (enquête 2018-19 : 33,8), ${etic.affichagesPour1000.toFixed(1)} affichages interactifs pour 1 000 élèves, ` +
        `${etic.partPlus5Ans.toFixed(0)} % des terminaux de plus de 5 ans`,
    );
    console.log(
      `  ${conventions.frozenPdfs} documents figés, ${conventions.completed} mises en vigueur (PDF final), ${conventions.terminated} résiliations, ` +
        `${conventions.scans} copies numérisées, ${formatInteger(conventions.auditEvents)} événements d'audit`,
    );

    console.log(`\nComptes (mot de passe commun : ${BENCH_PASSWORD}) :`);
    for (const a of report.accounts) {
      console.log(
        `  ${a.who.padEnd(44)} ${a.email.padEnd(44)} ${a.space.padEnd(12)} ${a.name}${a.note ? ` — ${a.note}` : ""}`,
      );
    }
    console.log(
      "  Et, selon le même modèle : admin|agent|elu|signataire.<code collectivité>@bench.tripartite.fr, " +
        "drane|recteur|lecteur.<académie>@bench.tripartite.fr, chef.<uai>@bench.tripartite.fr (chaque collège public).",
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
