import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { bulkInsert, textColumns, typedColumns, type BulkColumn } from "@/lib/db/bulk-insert";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { ImportMapping } from "./fields";
import type { ImportPlan } from "./plan-import";
import type { WritableField } from "./row-values";
import type { ImportSummary } from "./summary";

const SQL_TYPES: Record<WritableField | "etablissementId" | "category", string> = {
  etablissementId: "text",
  category: '"EquipmentCategory"',
  manufacturer: "text",
  model: "text",
  serialNumber: "text",
  inventoryNumber: "text",
  acquiredOn: "date",
  warrantyEndsOn: "date",
  status: '"EquipmentStatus"',
  location: "text",
  usage: '"EquipmentUsage"',
  fundingSource: '"FundingSource"',
  purchaseCostCents: "integer",
};

const INSERT_COLUMNS: BulkColumn[] = [
  ...textColumns("id", "collectiviteId"),
  ...Object.entries(SQL_TYPES).map(([name, type]) => ({ name, type })),
  { name: "importId", type: "text" },
  ...typedColumns("timestamp(3)", "createdAt", "updatedAt"),
];

const UPDATE_CHUNK = 5_000;

/** `x."field"` read as its column's type (enums travel as text and are cast). */
function typed(field: keyof typeof SQL_TYPES): string {
  const type = SQL_TYPES[field];
  return type.startsWith('"') ? `x."${field}"::${type}` : `x."${field}"`;
}

/**
 * Writes a checked plan inside the caller's transaction: new equipment in bulk, matched
 * equipment with one UPDATE … FROM jsonb_to_recordset per 5,000 rows (mapped fields overwrite,
 * the others — renewal year and note included — keep their value). Every update must land on
 * equipment of the collectivité, or the whole import is refused.
 */
export async function writeImportPlan(
  tx: Prisma.TransactionClient,
  plan: ImportPlan,
  target: { collectiviteId: string; importId: string; now: Date },
): Promise<void> {
  const { collectiviteId, importId, now } = target;
  await bulkInsert(
    tx,
    "Equipment",
    INSERT_COLUMNS,
    plan.creates.map((c) => ({
      ...c.values,
      id: randomUUID(),
      collectiviteId,
      importId,
      createdAt: now,
      updatedAt: now,
    })),
  );
  if (plan.updates.length === 0) return;

  const record = ["id", "etablissementId", "category", ...plan.fields]
    .map(
      (f) =>
        `"${f}" ${f === "id" || SQL_TYPES[f as keyof typeof SQL_TYPES].startsWith('"') ? "text" : SQL_TYPES[f as keyof typeof SQL_TYPES]}`,
    )
    .join(", ");
  const assignments = [
    `"etablissementId" = x."etablissementId"`,
    `"category" = COALESCE(${typed("category")}, e."category")`,
    ...plan.fields.map((f) => `"${f}" = ${typed(f)}`),
    `"importId" = $2`,
    `"updatedAt" = $3::timestamp(3)`,
  ].join(", ");
  const sql = `UPDATE "Equipment" AS e SET ${assignments} FROM jsonb_to_recordset($1::jsonb) AS x(${record}) WHERE e.id = x.id AND e."collectiviteId" = $4`;
  for (let i = 0; i < plan.updates.length; i += UPDATE_CHUNK) {
    const chunk = plan.updates.slice(i, i + UPDATE_CHUNK).map((u) => ({ id: u.id, ...u.values }));
    const updated = await tx.$executeRawUnsafe(
      sql,
      JSON.stringify(chunk),
      importId,
      now.toISOString(),
      collectiviteId,
    );
    if (updated !== chunk.length) {
      throw new AppError(
        "CONFLICT",
        "Des équipements ont été modifiés ou supprimés pendant l'import : rien n'a été enregistré. Recalculez l'aperçu et recommencez.",
      );
    }
  }
}

/**
 * The end of a committed import, in the same transaction: the collectivité's saved mapping when
 * asked, and one audit event for the whole file.
 */
export async function recordImportCommit(
  tx: Prisma.TransactionClient,
  done: {
    collectiviteId: string;
    importId: string;
    fileName: string;
    sha256: string;
    summary: ImportSummary;
    mapping: ImportMapping;
    saveMapping: boolean;
    actor: { id: string | null; label: string };
    now: Date;
  },
): Promise<void> {
  if (done.saveMapping) {
    const mapping = done.mapping as unknown as Prisma.InputJsonValue;
    await tx.equipmentImportMapping.upsert({
      where: { collectiviteId: done.collectiviteId },
      create: { collectiviteId: done.collectiviteId, mapping },
      update: { mapping },
    });
  }
  await appendAuditEvent(tx, {
    actor: done.actor,
    scope: { scopeType: "COLLECTIVITE", collectiviteId: done.collectiviteId },
    action: "equipment.import",
    entityType: "EquipmentImport",
    entityId: done.importId,
    after: {
      fichier: done.fileName,
      sha256: done.sha256,
      lignes: done.summary.rowCount,
      created: done.summary.totals.created,
      updated: done.summary.totals.updated,
      unchanged: done.summary.totals.unchanged,
      etablissements: done.summary.etablissements.length,
    },
    occurredAt: done.now,
  });
}
