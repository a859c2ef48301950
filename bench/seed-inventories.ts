import type { Db } from "@/lib/db/client";
import type { EducationPrioritaire } from "@/lib/generated/prisma/enums";
import { appendAuditEvents } from "@/lib/audit/append-audit-event";
import { bulkInsert } from "@/lib/db/bulk-insert";
import {
  DEMO_IMPORT_FILE_NAME,
  DEMO_IMPORT_FORMAT,
} from "@/prisma/seed/inventory/demo-import-record";
import { DEMO_INVENTORY_REFERENCE_DATE, EQUIPMENT_COLUMNS } from "@/prisma/seed/seed-inventory";
import { generateBenchInventory } from "@/bench/bench-inventory";
import { benchId, benchIdSeries } from "@/prisma/seed/shared/bench-ids";
import { BENCH_ACTOR } from "@/prisma/seed/shared/bench-constants";
import { forEachConcurrently } from "@/prisma/seed/shared/for-each-concurrently";
import { demoImportRecord } from "@/prisma/seed/inventory/demo-import-record";

export interface BenchInventoryCollectivite {
  id: string;
  code: string;
  colleges: {
    id: string;
    uai: string;
    effectif: number;
    educationPrioritaire: EducationPrioritaire | null;
  }[];
}

export interface BenchInventoryReport {
  imports: number;
  equipment: number;
  reforme: number;
}

/** Acquisition and warranty days repeat by batch: each is formatted once. */
const days = new Map<number, string>();
function isoDay(date: Date): string {
  const time = date.getTime();
  let day = days.get(time);
  if (day === undefined) {
    day = date.toISOString().slice(0, 10);
    days.set(time, day);
  }
  return day;
}

/**
 * Gives every public open collège of the dataset its register (generateBenchInventory), written as
 * one « DEMO » import per collectivité, as the demo does, so pages say « données fictives ».
 * Two collectivités are written at once (one builds while the other inserts, or two backends
 * share the cores); the import events are appended afterwards in collectivité order, so the audit
 * chain is the same on every run. Bypasses the access context: run by the benchmark generator only.
 */
export async function unsafeSeedBenchInventories(
  db: Db,
  collectivites: readonly BenchInventoryCollectivite[],
  options: { seed: number; now: Date; concurrency?: number },
): Promise<BenchInventoryReport> {
  const report: BenchInventoryReport = { imports: 0, equipment: 0, reforme: 0 };
  const referenceDate = DEMO_INVENTORY_REFERENCE_DATE;
  const written: { collectivite: BenchInventoryCollectivite; importId: string; rows: number }[] =
    [];
  const updatedAt = options.now.toISOString();

  await forEachConcurrently(collectivites, options.concurrency ?? 2, async (collectivite) => {
    if (collectivite.colleges.length === 0) return;
    const importId = benchId(options.seed, "EquipmentImport", collectivite.code);
    // Rows written as literals in the columns' order: spreading millions of generated rows costs more than generating them.
    const perCollege = collectivite.colleges.map((college) => {
      const idOf = benchIdSeries(options.seed, "Equipment", college.uai);
      const rows = generateBenchInventory(college, referenceDate, options.seed).map((r, i) => ({
        id: idOf(i),
        collectiviteId: collectivite.id,
        etablissementId: college.id,
        manufacturer: r.manufacturer,
        model: r.model,
        serialNumber: r.serialNumber,
        inventoryNumber: r.inventoryNumber,
        location: r.location,
        importId,
        category: r.category,
        status: r.status,
        usage: r.usage,
        fundingSource: r.fundingSource,
        acquiredOn: isoDay(r.acquiredOn),
        warrantyEndsOn: isoDay(r.warrantyEndsOn),
        purchaseCostCents: r.purchaseCostCents,
        updatedAt,
      }));
      return { college, rows };
    });
    const rows = perCollege.flatMap((p) => p.rows);
    const record = demoImportRecord(
      `${DEMO_IMPORT_FILE_NAME}, jeu de mesure (graine ${options.seed}), collectivité ${collectivite.code}, date de référence ${isoDay(referenceDate)}`,
      perCollege.map(({ college, rows }) => ({
        uai: college.uai,
        effectif: college.effectif,
        rows,
      })),
      referenceDate,
    );
    await db.$transaction(
      async (tx) => {
        await tx.equipmentImport.create({
          data: {
            id: importId,
            collectiviteId: collectivite.id,
            ...record,
            actorLabel: BENCH_ACTOR.label,
            createdAt: options.now,
            committedAt: options.now,
          },
          select: { id: true },
        });
        await bulkInsert(tx, "Equipment", EQUIPMENT_COLUMNS, rows);
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
    written.push({ collectivite, importId, rows: rows.length });
    report.imports += 1;
    report.equipment += rows.length;
    report.reforme += rows.filter((r) => r.status === "REFORME").length;
  });

  written.sort((a, b) => a.collectivite.code.localeCompare(b.collectivite.code));
  await db.$transaction((tx) =>
    appendAuditEvents(
      tx,
      written.map(({ collectivite, importId, rows }) => ({
        actor: BENCH_ACTOR,
        scope: { scopeType: "COLLECTIVITE" as const, collectiviteId: collectivite.id },
        action: "equipment.import",
        entityType: "EquipmentImport",
        entityId: importId,
        occurredAt: options.now,
        after: {
          fichier: DEMO_IMPORT_FILE_NAME,
          format: DEMO_IMPORT_FORMAT,
          lignes: rows,
          etablissements: collectivite.colleges.length,
          created: rows,
        },
      })),
    ),
  );
  return report;
}
