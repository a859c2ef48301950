import { writeFile } from "node:fs/promises";
import { db, databaseEngine, disconnectDb } from "@/lib/db/client";
import { unsafeCreateImportPreview } from "@/lib/inventory/import/create-import";
import { unsafeCommitInventoryImport } from "@/lib/inventory/import/commit-import";
import { loadImportReference } from "@/lib/inventory/import/load-reference";
import { detectMapping } from "@/lib/inventory/import/detect-mapping";
import { planInventoryImport } from "@/lib/inventory/import/plan-import";
import { readInventoryFile } from "@/lib/inventory/import/read-inventory-file";
import { toXlsx, type XlsxCell } from "@/lib/exports/xlsx";

/**
 * Measures the inventory import on the database of DATABASE_URL: a deterministic file of
 * 100,000 rows over the public collèges of one collectivité is previewed and committed, then
 * imported again unchanged, then again with every row changed (100,000 updates).
 *
 *   DATABASE_URL=postgres://… npx tsx --conditions=react-server scripts/bench-import-inventaire.ts [--collectivite 35] [--lignes 100000] [--format csv|xlsx] [--ecrire fichier.csv]
 *
 * --format xlsx imports the same rows as a workbook (dates as dates, costs as numbers).
 * --ecrire also saves the generated file, to time the command line on it.
 * Its rows carry inventory numbers « BENCH-… »: the equipment a previous run left is deleted first.
 */

const ACTOR = { id: null, label: "mesure de performance" };
const CATEGORIES = [
  "Poste fixe",
  "Portable",
  "Tablette",
  "Vidéoprojecteur",
  "TNI",
  "ENI",
  "Imprimante",
  "Borne wifi",
  "Switch",
  "Serveur",
];
const MAKERS = [
  ["Dell", "OptiPlex 7090"],
  ["Lenovo", "ThinkPad L14"],
  ["HP", "ProBook 440"],
  ["Apple", "iPad 9"],
  ["Epson", "EB-735Fi"],
  ["Speechi", "ST75"],
];
const STATUSES = ["En service", "En service", "En service", "En stock", "En panne", "Réformé"];
const FUNDING = ["Département", "État", "Collège", ""];

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

/** mulberry32: the same file on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateCsv(uais: string[], rows: number, variant: number): Uint8Array {
  const next = random(20260101);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const lines = [
    "UAI;Catégorie;Fabricant;Modèle;Numéro de série;Numéro d'inventaire;Date d'achat;Fin de garantie;Statut;Emplacement;Usage;Financement;Coût d'achat",
  ];
  for (let i = 0; i < rows; i += 1) {
    const year = 2015 + Math.floor(next() * 11);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const bought = `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
    const warranty = `${year + 3}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const [maker, model] = pick(MAKERS);
    const cost = `${100 + Math.floor(next() * 3000)},${String(Math.floor(next() * 100)).padStart(2, "0")}`;
    const room = `Salle ${1 + Math.floor(next() * 40) + variant * 100}`;
    lines.push(
      [
        pick(uais),
        pick(CATEGORIES),
        maker,
        model,
        `BN${String(i).padStart(8, "0")}`,
        `BENCH-${String(i).padStart(7, "0")}`,
        bought,
        warranty,
        pick(STATUSES),
        room,
        next() < 0.8 ? "Pédagogique" : "Administratif",
        pick(FUNDING),
        cost,
      ].join(";"),
    );
  }
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

/** Processor seconds of this process (not PostgreSQL's): on a busy machine the wall clock says little. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const [started, cpu] = [performance.now(), cpuSeconds()];
  const result = await work();
  console.log(
    `  ${label.padEnd(58, " ")} ${((performance.now() - started) / 1000).toFixed(2).padStart(7, " ")} s (processeur ${(cpuSeconds() - cpu).toFixed(2)} s)`,
  );
  return result;
}

/** The same rows as a workbook, as a spreadsheet would hold them: dates as dates, costs as numbers. */
function csvToXlsx(csv: Uint8Array): Promise<Uint8Array> {
  const [header, ...lines] = new TextDecoder()
    .decode(csv)
    .split("\n")
    .map((line) => line.split(";"));
  const date = (text: string): XlsxCell => {
    const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (french)
      return new Date(Date.UTC(Number(french[3]), Number(french[2]) - 1, Number(french[1])));
    if (iso) return new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
    return text;
  };
  const rows = lines.map((cells) =>
    cells.map((cell, c): XlsxCell =>
      c === 6 || c === 7
        ? date(cell)
        : c === 12 && cell !== ""
          ? Number(cell.replace(",", "."))
          : cell,
    ),
  );
  return toXlsx("Inventaire", header!, rows);
}

async function main() {
  const code = argument("--collectivite", "35");
  const rows = Number(argument("--lignes", "100000"));
  const collectivite = await db.collectivite.findUniqueOrThrow({
    where: { code },
    select: { id: true, name: true },
  });
  const colleges = await db.etablissement.findMany({
    where: { collectiviteId: collectivite.id, secteur: "PUBLIC", etat: "OUVERT" },
    select: { uai: true },
  });
  const uais = colleges.map((c) => c.uai).sort();
  const removed = await db.equipment.deleteMany({
    where: { collectiviteId: collectivite.id, inventoryNumber: { startsWith: "BENCH-" } },
  });
  const others = await db.equipment.count({ where: { collectiviteId: collectivite.id } });
  console.log(
    `Base : ${databaseEngine()} ; ${collectivite.name}, ${uais.length} collèges publics ouverts, ${others} équipements existants (${removed.count} d'une mesure précédente supprimés).`,
  );

  const xlsx = argument("--format", "csv") === "xlsx";
  const generate = async (variant: number) =>
    xlsx ? csvToXlsx(generateCsv(uais, rows, variant)) : generateCsv(uais, rows, variant);
  const bytes = await generate(0);
  console.log(
    `Fichier ${xlsx ? "XLSX" : "CSV"} : ${rows} lignes, ${(bytes.length / 1024 / 1024).toFixed(1)} Mo`,
  );
  const output = argument("--ecrire", "");
  if (output) await writeFile(output, bytes);

  console.log("Détail (sans écriture) :");
  const file = await timed(`lecture du ${xlsx ? "XLSX" : "CSV"}`, async () =>
    readInventoryFile(bytes),
  );
  const reference = await timed("chargement des collèges et des équipements existants", () =>
    loadImportReference(db, collectivite.id),
  );
  const { mapping } = detectMapping(file.header, null);
  const plan = await timed("contrôle et rapprochement des lignes", () =>
    planInventoryImport({
      header: file.header,
      records: file.records,
      mapping,
      ...reference,
      now: new Date(),
    }),
  );
  if (plan.errors.length > 0)
    throw new Error(`Erreurs inattendues : ${plan.errors.slice(0, 5).join(" | ")}`);

  const run = async (title: string, content: Uint8Array) => {
    console.log(`${title} :`);
    const preview = await timed("aperçu (lecture, contrôle, rapprochement, stockage)", () =>
      unsafeCreateImportPreview(db, {
        collectiviteId: collectivite.id,
        bytes: content,
        fileName: xlsx ? "bench.xlsx" : "bench.csv",
        actor: ACTOR,
      }),
    );
    const commit = await timed(
      "enregistrement (relecture, contrôle, rapprochement, écriture)",
      () =>
        unsafeCommitInventoryImport(db, {
          collectiviteId: collectivite.id,
          importId: preview.id,
          actor: ACTOR,
          saveMapping: false,
        }),
    );
    const { created, updated, unchanged } = commit.summary.totals;
    console.log(
      `  → ${commit.written ? "enregistré" : "REFUSÉ"} : ${created} créés, ${updated} mis à jour, ${unchanged} inchangés, ${commit.summary.errorCount} erreurs`,
    );
  };
  const [started, startedCpu] = [performance.now(), cpuSeconds()];
  await run("1. Premier import", bytes);
  const first = (performance.now() - started) / 1000;
  const firstCpu = cpuSeconds() - startedCpu;
  await run("2. Même fichier réimporté", bytes);
  await run("3. Fichier modifié (emplacement de chaque ligne)", await generate(1));
  console.log(
    `Premier import, aperçu et enregistrement compris : ${first.toFixed(1)} s (processeur de Node ${firstCpu.toFixed(1)} s)`,
  );
  console.log(
    `Équipements de la collectivité : ${await db.equipment.count({ where: { collectiviteId: collectivite.id } })}`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
