import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { importAuditEvent } from "@/lib/imports/effectifs/import-effectifs";
import { bulkInsert, textColumns, typedColumns, type BulkColumn } from "@/lib/db/bulk-insert";
import {
  estimateDemoEffectif,
  generateDemoInventory,
} from "@/prisma/seed/inventory/generate-demo-inventory";
import {
  DEMO_IMPORT_FILE_NAME,
  DEMO_IMPORT_FORMAT,
  demoImportRecord,
} from "@/prisma/seed/inventory/demo-import-record";

/** The day the demo inventories describe: fixed, so every run writes the same equipment. */
export const DEMO_INVENTORY_REFERENCE_DATE = new Date("2026-09-01T00:00:00Z");
export const ESTIMATED_EFFECTIF_SOURCE = "Données fictives de démonstration (effectif estimé)";
/** The académie de Rennes and the Calvados get synthetic inventories. */
export const DEMO_INVENTORY_ACADEMIE = "14";
export const DEMO_INVENTORY_DEPARTEMENT = "14";

const DEMO_ACTOR = { id: null, label: "chargement de la démonstration" };
/** Changes the import's hash when the generator changes, so the description stays honest. */
const GENERATOR_VERSION = 1;

export interface DemoInventoryReport {
  /** Collectivités given an inventory by this run (0 when they all have one already). */
  collectivites: number;
  equipment: number;
  /** Collèges without any pupils in the open data, given an estimated effectif by this run. */
  effectifsEstimes: number;
}

export interface DemoInventoryOptions {
  /** The rentrée of the estimated effectifs: the latest of the real file. */
  rentree: number;
  referenceDate?: Date;
  now?: Date;
}

/** The Equipment columns a generated row fills, for bulkInsert (the demo's and the benchmark's). */
export const EQUIPMENT_COLUMNS: BulkColumn[] = [
  ...textColumns(
    "id",
    "collectiviteId",
    "etablissementId",
    "manufacturer",
    "model",
    "serialNumber",
    "inventoryNumber",
    "location",
    "importId",
  ),
  { name: "category", type: '"EquipmentCategory"' },
  { name: "status", type: '"EquipmentStatus"' },
  { name: "usage", type: '"EquipmentUsage"' },
  { name: "fundingSource", type: '"FundingSource"' },
  ...typedColumns("date", "acquiredOn", "warrantyEndsOn"),
  { name: "purchaseCostCents", type: "integer" },
  { name: "updatedAt", type: "timestamp(3)" },
];

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Gives every public open collège of the académie de Rennes and of the Calvados a synthetic
 * inventory, recorded per collectivité as one import of format « DEMO » that pages name « données
 * fictives », and an estimated effectif to the collèges the open data has no pupils for (the
 * indicators need them). Idempotent: a collectivité that has its demo import is left as it is, an
 * existing effectif is never touched. Bypasses the access context: run by the demo seed only.
 */
export async function unsafeSeedDemoInventory(
  db: Db,
  options: DemoInventoryOptions,
): Promise<DemoInventoryReport> {
  if (!Number.isInteger(options.rentree))
    throw new Error("Inventaire de démonstration : rentrée des effectifs inconnue");
  const referenceDate = options.referenceDate ?? DEMO_INVENTORY_REFERENCE_DATE;
  const now = options.now ?? new Date();
  const report: DemoInventoryReport = { collectivites: 0, equipment: 0, effectifsEstimes: 0 };
  const colleges = await db.etablissement.findMany({
    where: {
      secteur: "PUBLIC",
      etat: "OUVERT",
      OR: [
        { academieCode: DEMO_INVENTORY_ACADEMIE },
        { departementCode: DEMO_INVENTORY_DEPARTEMENT },
      ],
    },
    select: {
      id: true,
      uai: true,
      collectiviteId: true,
      communeCode: true,
      educationPrioritaire: true,
      effectifs: { select: { total: true }, orderBy: { rentree: "desc" }, take: 1 },
    },
    orderBy: { uai: "asc" },
  });
  if (colleges.length === 0) return report;

  // Estimated pupils where the open data has none: smaller where the commune has a single collège.
  const missing = colleges.filter((c) => c.effectifs.length === 0);
  const effectifOf = new Map(
    colleges.flatMap((c) => (c.effectifs[0] ? [[c.id, c.effectifs[0].total] as const] : [])),
  );
  if (missing.length > 0) {
    const communes = [...new Set(missing.flatMap((c) => (c.communeCode ? [c.communeCode] : [])))];
    const perCommune = await db.etablissement.groupBy({
      by: ["communeCode"],
      where: { etat: "OUVERT", communeCode: { in: communes } },
      _count: { _all: true },
    });
    const several = new Set(perCommune.filter((g) => g._count._all > 1).map((g) => g.communeCode));
    const estimates = missing.map((c) => ({
      etablissementId: c.id,
      rentree: options.rentree,
      total: estimateDemoEffectif(c.uai, !several.has(c.communeCode)),
      source: ESTIMATED_EFFECTIF_SOURCE,
      importedAt: now,
    }));
    await db.$transaction(async (tx) => {
      await tx.effectif.createMany({ data: estimates, skipDuplicates: true });
      const counts = {
        total: estimates.length,
        rentrees: [options.rentree],
        created: estimates.length,
        updated: 0,
        unchanged: 0,
        unknown: 0,
        duplicates: 0,
      };
      await appendAuditEvent(
        tx,
        importAuditEvent(
          "effectifs.import",
          "Effectif",
          { ...counts, errors: [], dryRun: false, written: true },
          { source: ESTIMATED_EFFECTIF_SOURCE, actor: DEMO_ACTOR },
          now,
        ),
      );
    });
    for (const e of estimates) effectifOf.set(e.etablissementId, e.total);
    report.effectifsEstimes = estimates.length;
  }

  const collectiviteIds = [...new Set(colleges.map((c) => c.collectiviteId))];
  const [collectivites, seeded] = await Promise.all([
    db.collectivite.findMany({
      where: { id: { in: collectiviteIds } },
      select: { id: true, code: true },
      orderBy: { code: "asc" },
    }),
    db.equipmentImport.findMany({
      where: { format: DEMO_IMPORT_FORMAT, collectiviteId: { in: collectiviteIds } },
      select: { collectiviteId: true },
    }),
  ]);
  const done = new Set(seeded.map((s) => s.collectiviteId));
  for (const collectivite of collectivites) {
    if (done.has(collectivite.id)) continue;
    const members = colleges.filter((c) => c.collectiviteId === collectivite.id);
    const perCollege = members.map((c) => ({
      college: c,
      rows: generateDemoInventory(
        {
          uai: c.uai,
          effectif: effectifOf.get(c.id) ?? 0,
          educationPrioritaire: c.educationPrioritaire,
        },
        referenceDate,
      ),
    }));
    const rows = perCollege.flatMap(({ college, rows }) =>
      rows.map((r) => ({
        ...r,
        id: randomUUID(),
        collectiviteId: collectivite.id,
        etablissementId: college.id,
        acquiredOn: isoDay(r.acquiredOn),
        warrantyEndsOn: isoDay(r.warrantyEndsOn),
        updatedAt: now,
      })),
    );
    const record = demoImportRecord(
      `${DEMO_IMPORT_FILE_NAME}, générateur v${GENERATOR_VERSION}, collectivité ${collectivite.code}, date de référence ${isoDay(referenceDate)}`,
      perCollege.map(({ college, rows }) => ({
        uai: college.uai,
        effectif: effectifOf.get(college.id) ?? 0,
        rows,
      })),
      referenceDate,
    );
    await db.$transaction(
      async (tx) => {
        const imported = await tx.equipmentImport.create({
          data: {
            collectiviteId: collectivite.id,
            ...record,
            actorLabel: DEMO_ACTOR.label,
            committedAt: now,
          },
          select: { id: true },
        });
        await bulkInsert(
          tx,
          "Equipment",
          EQUIPMENT_COLUMNS,
          rows.map((r) => ({ ...r, importId: imported.id })),
        );
        await appendAuditEvent(tx, {
          actor: DEMO_ACTOR,
          scope: { scopeType: "COLLECTIVITE", collectiviteId: collectivite.id },
          action: "equipment.import",
          entityType: "EquipmentImport",
          entityId: imported.id,
          occurredAt: now,
          after: {
            fichier: DEMO_IMPORT_FILE_NAME,
            format: DEMO_IMPORT_FORMAT,
            lignes: rows.length,
            etablissements: members.length,
            created: rows.length,
          },
        });
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    report.collectivites += 1;
    report.equipment += rows.length;
  }
  return report;
}
