import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appendAuditEvent, type AuditEventInput } from "@/lib/audit/append-audit-event";
import type { ImportError } from "@/lib/imports/row-errors";
import { refusalLines } from "@/lib/imports/etablissements/format-report";
import { parseEffectifsFile, type ParsedYearlyFile } from "./parse-effectifs";

/** The report of an import of yearly figures per collège (effectifs, IPS). */
export interface YearlyImportReport {
  /** Valid rows read. */
  total: number;
  rentrees: number[];
  created: number;
  updated: number;
  unchanged: number;
  /** Rows whose UAI is valid but not a known établissement: the effectifs file has lycées too. */
  unknown: number;
  duplicates: number;
  errors: ImportError[];
  dryRun: boolean;
  written: boolean;
}

export interface YearlyImportOptions {
  /** Provenance recorded on each row, e.g. « MENJ – DEPP, indices de position sociale des collèges, rentrée 2023 ». */
  source: string;
  dryRun?: boolean;
  now?: Date;
  /** Who imports, for the audit trail; by default the command line. */
  actor?: AuditEventInput["actor"];
}

type ValueField<F extends string> = Exclude<F, "uai" | "rentree">;

/** What to write: the rows to create, and the rows to update with the fields that changed. */
export interface YearlyImportPlan<F extends string, T> {
  create: { etablissementId: string; row: T }[];
  update: { etablissementId: string; row: T; changed: ValueField<F>[] }[];
}

/**
 * Matches the rows to établissements by UAI and compares them with what is stored, keyed by
 * établissement and rentrée. Fills the report's counts; returns no plan when the file has errors.
 */
export async function planYearlyImport<
  F extends string,
  T extends { uai: string; rentree: number } & Record<F, unknown>,
>(
  db: Db,
  parsed: ParsedYearlyFile<F, T>,
  options: YearlyImportOptions,
  loadExisting: (
    etablissementIds: string[],
  ) => Promise<({ etablissementId: string; rentree: number } & Partial<Record<F, unknown>>)[]>,
): Promise<{ report: YearlyImportReport; plan: YearlyImportPlan<F, T> | null }> {
  const report: YearlyImportReport = {
    total: parsed.rows.length,
    rentrees: [...new Set(parsed.rows.map((r) => r.rentree))].sort((a, b) => a - b),
    created: 0,
    updated: 0,
    unchanged: 0,
    unknown: 0,
    duplicates: parsed.duplicates,
    errors: parsed.errors,
    dryRun: options.dryRun ?? false,
    written: false,
  };
  if (report.errors.length > 0) return { report, plan: null };
  // A field whose column the file lacks is not compared, so a re-import leaves it as it is.
  const fields = parsed.presentFields.filter(
    (f): f is ValueField<F> => f !== "uai" && f !== "rentree",
  );
  const uais = [...new Set(parsed.rows.map((r) => r.uai))];
  const etablissements = await db.etablissement.findMany({
    where: { uai: { in: uais } },
    select: { id: true, uai: true },
  });
  const idOf = new Map(etablissements.map((e) => [e.uai, e.id]));
  const existing = new Map(
    (await loadExisting([...idOf.values()])).map((e) => [`${e.etablissementId}/${e.rentree}`, e]),
  );
  const plan: YearlyImportPlan<F, T> = { create: [], update: [] };
  for (const row of parsed.rows) {
    const etablissementId = idOf.get(row.uai);
    if (!etablissementId) {
      report.unknown += 1;
      continue;
    }
    const current = existing.get(`${etablissementId}/${row.rentree}`);
    if (!current) {
      plan.create.push({ etablissementId, row });
      continue;
    }
    const changed = fields.filter((f) => (current[f] ?? null) !== (row[f] ?? null));
    if (changed.length === 0) report.unchanged += 1;
    else plan.update.push({ etablissementId, row, changed });
  }
  report.created = plan.create.length;
  report.updated = plan.update.length;
  return { report, plan };
}

/** The fields of a row that changed, as the data of an update. */
export function pickChanged<T, K extends keyof T>(
  row: T,
  changed: readonly K[],
): Partial<Pick<T, K>> {
  return Object.fromEntries(changed.map((k) => [k, row[k]])) as Partial<Pick<T, K>>;
}

/** The one summary event of an import: the platform's journal only (all scope columns null). */
export function importAuditEvent(
  action: string,
  entityType: string,
  report: YearlyImportReport,
  options: YearlyImportOptions,
  now: Date,
): AuditEventInput {
  const { total, rentrees, created, updated, unchanged, unknown, duplicates } = report;
  return {
    actor: options.actor ?? { id: null, label: "import en ligne de commande" },
    scope: {},
    action,
    entityType,
    after: {
      source: options.source,
      total,
      rentrees,
      created,
      updated,
      unchanged,
      unknown,
      duplicates,
    },
    occurredAt: now,
  };
}

/** The head counts an effectif row stores, as a Prisma select. */
export const EFFECTIF_FIELDS = {
  total: true,
  segpa: true,
  ulis: true,
  sixieme: true,
  cinquieme: true,
  quatrieme: true,
  troisieme: true,
} as const;

/** A row's key, and what every imported row records of its provenance. */
type RowKey = { etablissementId_rentree: { etablissementId: string; rentree: number } };
type Stamp = { source: string; importedAt: Date };

/** One kind of yearly figure: the columns a row stores, its table's writes, the import's audit names. */
export interface YearlyTable<F extends string, T extends Record<F, unknown>, D> {
  action: string;
  entityType: string;
  /** The stored rows matching `where` (the file's établissements), to compare the file with. */
  loadExisting: (
    db: Db,
    where: { etablissementId: { in: string[] } },
  ) => Promise<({ etablissementId: string; rentree: number } & Partial<Record<F, unknown>>)[]>;
  columns: (row: T) => D;
  createMany: (
    tx: Prisma.TransactionClient,
    data: ({ etablissementId: string } & D & Stamp)[],
  ) => Promise<unknown>;
  update: (
    tx: Prisma.TransactionClient,
    where: RowKey,
    data: Partial<Pick<T, ValueField<F>>> & Stamp,
  ) => Promise<unknown>;
}

/**
 * Writes a plan all or nothing: new rows a thousand at a time, changed fields row by row, then
 * the import's one audit event. A report with errors, or a dry run, writes nothing.
 */
export async function writeYearlyImport<
  F extends string,
  T extends { rentree: number } & Record<F, unknown>,
  D,
>(
  db: Db,
  { report, plan }: { report: YearlyImportReport; plan: YearlyImportPlan<F, T> | null },
  options: YearlyImportOptions,
  table: YearlyTable<F, T, D>,
): Promise<YearlyImportReport> {
  if (!plan || report.dryRun) return report;
  const now = options.now ?? new Date();
  const stamp = { source: options.source, importedAt: now };
  await db.$transaction(
    async (tx) => {
      const rows = plan.create.map(({ etablissementId, row }) => ({
        etablissementId,
        ...table.columns(row),
        ...stamp,
      }));
      for (let i = 0; i < rows.length; i += 1000)
        await table.createMany(tx, rows.slice(i, i + 1000));
      for (const { etablissementId, row, changed } of plan.update) {
        const where = { etablissementId_rentree: { etablissementId, rentree: row.rentree } };
        await table.update(tx, where, { ...pickChanged(row, changed), ...stamp });
      }
      await appendAuditEvent(
        tx,
        importAuditEvent(table.action, table.entityType, report, options, now),
      );
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  report.written = true;
  return report;
}

/** The importer of one kind of yearly file: parse it, compare it with what is stored, write the plan. */
export function yearlyImporter<
  F extends string,
  T extends { uai: string; rentree: number } & Record<F, unknown>,
  D,
>(parse: (text: string) => ParsedYearlyFile<F, T>, table: YearlyTable<F, T, D>) {
  return async (
    db: Db,
    text: string,
    options: YearlyImportOptions,
  ): Promise<YearlyImportReport> => {
    const planned = await planYearlyImport(db, parse(text), options, (ids) =>
      table.loadExisting(db, { etablissementId: { in: ids } }),
    );
    return writeYearlyImport(db, planned, options, table);
  };
}

const EFFECTIF_SELECT = { etablissementId: true, rentree: true, ...EFFECTIF_FIELDS } as const;

/**
 * Imports the DEPP file of pupils per collège and rentrée, all or nothing, as an upsert keyed by
 * établissement and rentrée. Bypasses the access context: the figures are public data, loaded by
 * the CLI and the demo seed, never from a request.
 */
export const unsafeImportEffectifs = yearlyImporter(parseEffectifsFile, {
  action: "effectifs.import",
  entityType: "Effectif",
  loadExisting: (db, where) => db.effectif.findMany({ where, select: EFFECTIF_SELECT }),
  columns: (row) => ({
    rentree: row.rentree,
    total: row.total,
    segpa: row.segpa,
    ulis: row.ulis,
    sixieme: row.sixieme,
    cinquieme: row.cinquieme,
    quatrieme: row.quatrieme,
    troisieme: row.troisieme,
  }),
  createMany: (tx, data) => tx.effectif.createMany({ data }),
  update: (tx, where, data) => tx.effectif.update({ where, data }),
});

/** An import report as French lines, for the CLIs. */
export function formatYearlyImportReport(title: string, report: YearlyImportReport): string[] {
  const years = report.rentrees.map((y) => `${y}-${y + 1}`).join(", ") || "aucune";
  const lines = [`${title} : ${report.total} ligne(s) valide(s), rentrée(s) ${years}`];
  if (report.errors.length > 0) return [...lines, ...refusalLines(report.errors)];
  lines.push(
    `${report.created} créé(s), ${report.updated} mis à jour, ${report.unchanged} inchangé(s)`,
    `${report.unknown} ligne(s) ignorée(s) (UAI absent des établissements : lycées, collèges fermés…), ${report.duplicates} doublon(s)`,
    report.dryRun ? "Simulation : rien n'a été enregistré." : "Import enregistré.",
  );
  return lines;
}
