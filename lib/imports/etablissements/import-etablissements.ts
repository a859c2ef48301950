import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { bulkInsert } from "@/lib/db/bulk-insert";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { EtablissementField } from "./columns";
import {
  COMMUNE_COLUMNS,
  diff,
  ENRICH_FIELDS,
  ETABLISSEMENT_COLUMNS,
  toData,
  type EtablissementData,
} from "./etablissement-rows";
import { parseCsvAsync } from "@/lib/imports/csv";
import type { ImportError } from "@/lib/imports/row-errors";
import { parseEtablissementsFile } from "./parse-etablissements";

export interface EtablissementImportReport {
  format: string;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  closed: number;
  skipped: number;
  duplicates: number;
  errors: ImportError[];
  dryRun: boolean;
  written: boolean;
}

export interface EtablissementImportOptions {
  /** Provenance recorded on each row, e.g. « MENJ, adresse et géolocalisation, 2024 ». */
  source: string;
  /** The file lists every collège of the départements it covers: those missing are closed. */
  complete?: boolean;
  dryRun?: boolean;
  now?: Date;
  /**
   * Only complete the établissements already known with what the other file lacks (éducation
   * prioritaire, contacts): nothing is created, closed or renamed. Used to add an annuaire
   * extract on top of the national geolocation file without mixing their vintages.
   */
  enrichOnly?: boolean;
  /** Who imports, for the audit trail (the CLI, the seed, or the platform admin). */
  actor?: { id: string | null; label: string };
}

/**
 * Imports a ministry file of établissements, all or nothing. Bypasses the access context: it is
 * called by the CLI, the seed and the platform admin's import page, which checks its own access.
 */
export async function unsafeImportEtablissements(
  db: Db,
  text: string,
  options: EtablissementImportOptions,
): Promise<EtablissementImportReport> {
  // Parsed between turns of the event loop: a 20 Mo upload from the platform page does not hold the server.
  const parsed = parseEtablissementsFile(await parseCsvAsync(text));
  const report: EtablissementImportReport = {
    format: parsed.format,
    total: parsed.rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    closed: 0,
    skipped: parsed.skipped,
    duplicates: parsed.duplicates,
    errors: parsed.errors,
    dryRun: options.dryRun ?? false,
    written: false,
  };
  if (report.errors.length > 0) return report;

  const present = new Set<EtablissementField>(
    options.enrichOnly
      ? ENRICH_FIELDS.filter((f) => parsed.presentFields.includes(f))
      : parsed.presentFields,
  );
  const [departements, collectivites] = await Promise.all([
    db.departement.findMany({ select: { code: true, academieCode: true } }),
    db.collectivite.findMany({ select: { id: true, code: true } }),
  ]);
  const academieOf = new Map(departements.map((d) => [d.code, d.academieCode]));
  const collectiviteId = new Map(collectivites.map((c) => [c.code, c.id]));
  const now = options.now ?? new Date();

  const wanted = new Map<string, EtablissementData>();
  for (const row of parsed.rows) {
    const data = toData(
      row,
      { academieOf, collectiviteId, source: options.source, now, columnName: parsed.columnName },
      report.errors,
    );
    if (data) wanted.set(row.uai, data);
  }
  if (report.errors.length > 0) return report;

  const existing = await db.etablissement.findMany({ where: { uai: { in: [...wanted.keys()] } } });
  const existingByUai = new Map(existing.map((e) => [e.uai, e]));
  const toCreate: EtablissementData[] = [];
  const toUpdate: { id: string; data: Prisma.EtablissementUncheckedUpdateInput }[] = [];
  for (const [uai, data] of wanted) {
    const current = existingByUai.get(uai);
    if (!current) {
      if (options.enrichOnly) report.skipped += 1;
      else toCreate.push(data);
      continue;
    }
    const changes = diff(current, data, present, !options.enrichOnly);
    if (Object.keys(changes).length === 0) report.unchanged += 1;
    else {
      // An enrichment adds its provenance to the row's; a full import replaces it.
      const source = !options.enrichOnly
        ? data.source
        : current.source.includes(data.source)
          ? current.source
          : `${current.source} ; ${data.source}`;
      toUpdate.push({ id: current.id, data: { ...changes, source, importedAt: now } });
    }
  }
  report.created = toCreate.length;
  report.updated = toUpdate.length;

  const closeWhere: Prisma.EtablissementWhereInput | null =
    options.complete && !options.enrichOnly
      ? {
          departementCode: { in: [...new Set([...wanted.values()].map((d) => d.departementCode))] },
          uai: { notIn: [...wanted.keys()] },
          etat: "OUVERT",
        }
      : null;
  report.closed = closeWhere ? await db.etablissement.count({ where: closeWhere }) : 0;
  if (report.dryRun) return report;

  await db.$transaction(
    async (tx) => {
      const communes = new Map<string, { code: string; name: string; departementCode: string }>();
      for (const d of wanted.values()) {
        if (d.communeCode)
          communes.set(d.communeCode, {
            code: d.communeCode,
            name: d.communeName,
            departementCode: d.departementCode,
          });
      }
      await bulkInsert(tx, "Commune", COMMUNE_COLUMNS, [...communes.values()], {
        onConflictDoNothing: true,
      });
      await bulkInsert(
        tx,
        "Etablissement",
        ETABLISSEMENT_COLUMNS,
        toCreate.map((data) => ({ ...data, id: randomUUID(), updatedAt: now })),
      );
      for (const { id, data } of toUpdate) await tx.etablissement.update({ where: { id }, data });
      if (closeWhere)
        await tx.etablissement.updateMany({
          where: closeWhere,
          data: { etat: "FERME", closedAt: now },
        });
      await appendAuditEvent(tx, {
        actor: options.actor ?? { id: null, label: "import en ligne de commande" },
        scope: {},
        action: "etablissement.import",
        entityType: "Etablissement",
        after: {
          source: options.source,
          format: report.format,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          closed: report.closed,
        },
        occurredAt: now,
      });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  report.written = true;
  return report;
}
