import type { Db } from "@/lib/db/client";
import { timeCommand } from "@/bench/runner/processes";

export interface ImportTiming {
  label: string;
  /** Wall time of the command, process start and exit included. */
  seconds: number;
  /** The part the command reports for the import itself, when it reports one. */
  importSeconds: number | null;
  budgetSeconds: number;
  detail: string[];
}

/**
 * The two import budgets, as a person runs them: `npm run import:etablissements` of the national
 * collège file (a re-import: every row is matched, nothing new is created) and the first 100,000-row
 * inventory import of `npm run bench:import-inventaire` (preview then commit, then its reimport and
 * update passes), on the database of `env`. Its « BENCH-… » rows are removed afterwards so the
 * dataset the pages are measured on stays as seeded.
 */
export async function timeImports(input: {
  cwd: string;
  env: Record<string, string>;
  collectivite: string;
  rows: number;
  db: () => Promise<{ db: Db; close: () => Promise<void> }>;
}): Promise<ImportTiming[]> {
  const etablissements = await timeCommand(
    "npm",
    ["run", "--silent", "import:etablissements", "--", "data/colleges-france.csv"],
    input,
  );
  const inventory = await timeCommand(
    "npm",
    [
      "run",
      "--silent",
      "bench:import-inventaire",
      "--",
      "--collectivite",
      input.collectivite,
      "--lignes",
      String(input.rows),
    ],
    input,
  );
  const first = /Premier import, aperçu et enregistrement compris : ([\d.]+) s/.exec(
    inventory.stdout,
  );
  const { db, close } = await input.db();
  try {
    const owner = await db.collectivite.findUniqueOrThrow({
      where: { code: input.collectivite },
      select: { id: true },
    });
    await db.equipment.deleteMany({
      where: { collectiviteId: owner.id, inventoryNumber: { startsWith: "BENCH-" } },
    });
  } finally {
    await close();
  }
  const lines = (text: string) =>
    text
      .split("\n")
      .map((l) => l.trimEnd())
      .filter((l) => l.trim() !== "");
  return [
    {
      label: "Import du fichier national des collèges",
      seconds: etablissements.seconds,
      importSeconds: null,
      budgetSeconds: 10,
      detail: lines(etablissements.stdout).slice(-6),
    },
    {
      label: `Import d'inventaire, ${input.rows.toLocaleString("fr-FR")} lignes (collectivité ${input.collectivite})`,
      seconds: inventory.seconds,
      importSeconds: first ? Number(first[1]) : null,
      budgetSeconds: 20,
      detail: lines(inventory.stdout),
    },
  ];
}
