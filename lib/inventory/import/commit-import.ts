import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db as defaultDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { actorOf } from "@/lib/members/actor";
import { checkImportId } from "./access";
import {
  importMappingFormSchema,
  readStoredMapping,
  sameMapping,
  submittedMapping,
  type ImportMapping,
} from "./fields";
import { prepareImportPlan } from "./prepare-plan";
import { storedFile } from "./recompute-import";
import { readImportSummary, type ImportSummary } from "./summary";
import { recordImportCommit, writeImportPlan } from "./write-import";
import { requireCollectivite } from "@/lib/access/require-scope";

export interface CommitResult {
  /** False when the file no longer passes the checks: nothing was written, the errors are in the summary. */
  written: boolean;
  summary: ImportSummary;
}

const CLOSED: Record<string, string> = {
  ENREGISTRE: "Cet import est déjà enregistré : rien n'a été modifié.",
  ABANDONNE: "Cet import a été abandonné : rien n'a été enregistré. Importez le fichier à nouveau.",
};

/** A transaction rolled back because the file no longer passes the checks. */
class ImportRejected extends Error {
  constructor(readonly summary: ImportSummary) {
    super("import refusé");
  }
}

/** Serialises the imports of one collectivité: their matching reads what the other writes. */
export function collectiviteImportLock(collectiviteId: string): Prisma.Sql {
  return Prisma.sql`SELECT pg_advisory_xact_lock(hashtext(${`equipment-import:${collectiviteId}`}))`;
}

/**
 * Commits an import waiting for confirmation, all or nothing: the stored file is read again
 * (hash checked) with the stored mapping, the import row is locked and must still be APERCU,
 * then every row is checked again against the current data and written in ONE transaction with
 * its audit event. Bypasses the access context: callers name the collectivité.
 */
export async function unsafeCommitInventoryImport(
  db: Db,
  input: {
    collectiviteId: string;
    importId: string;
    actor: { id: string | null; label: string };
    saveMapping: boolean;
    expectedMapping?: ImportMapping;
    now?: Date;
  },
): Promise<CommitResult> {
  const { collectiviteId, importId } = input;
  const now = input.now ?? new Date();
  const row = await db.equipmentImport.findFirst({
    where: { id: checkImportId(importId), collectiviteId },
    select: {
      status: true,
      file: true,
      sha256: true,
      fileName: true,
      mapping: true,
      summary: true,
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  if (row.status !== "APERCU") throw new AppError("CONFLICT", CLOSED[row.status]);
  const mapping = readStoredMapping(row.mapping);
  if (!mapping)
    throw new AppError("CONFLICT", "Le mapping de cet import est illisible : recalculez l'aperçu.");
  if (input.expectedMapping && !sameMapping(mapping, input.expectedMapping)) {
    throw new AppError(
      "INVALID_INPUT",
      "Le mapping a été modifié depuis l'aperçu : cliquez sur « Recalculer l'aperçu », vérifiez-le, puis confirmez.",
    );
  }
  const file = await storedFile(row);
  const source = readImportSummary(row.summary).mappingSource;

  try {
    const summary = await db.$transaction(
      async (tx) => {
        const [locked] = await tx.$queryRaw<{ status: string }[]>`
          SELECT status::text AS status FROM "EquipmentImport" WHERE id = ${importId} AND "collectiviteId" = ${collectiviteId} FOR UPDATE`;
        if (!locked) throw new AppError("NOT_FOUND");
        if (locked.status !== "APERCU") throw new AppError("CONFLICT", CLOSED[locked.status]);
        await tx.$executeRaw(collectiviteImportLock(collectiviteId));
        const { plan, summary } = await prepareImportPlan(
          tx,
          collectiviteId,
          file,
          mapping,
          source,
          now,
        );
        if (plan.errors.length > 0) throw new ImportRejected(summary);
        await writeImportPlan(tx, plan, { collectiviteId, importId, now });
        await tx.equipmentImport.update({
          where: { id: importId },
          data: {
            status: "ENREGISTRE",
            committedAt: now,
            summary: summary as unknown as Prisma.InputJsonValue,
          },
        });
        await recordImportCommit(tx, {
          collectiviteId,
          importId,
          fileName: row.fileName,
          sha256: row.sha256,
          summary,
          mapping,
          saveMapping: input.saveMapping,
          actor: input.actor,
          now,
        });
        return summary;
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
    await refreshStatistics(db, summary.totals.created + summary.totals.updated);
    return { written: true, summary };
  } catch (error) {
    if (!(error instanceof ImportRejected)) throw error;
    await db.equipmentImport.updateMany({
      where: { id: importId, collectiviteId, status: "APERCU" },
      data: { summary: error.summary as unknown as Prisma.InputJsonValue },
    });
    return { written: false, summary: error.summary };
  }
}

/**
 * The agent's « Confirmer l'import ». The page's form carries the mapping it showed, which must
 * be the one the preview was computed with; without mapping fields the stored one is committed.
 */
export async function commitInventoryImport(
  ctx: AccessContext,
  input: unknown,
): Promise<CommitResult> {
  const collectiviteId = requireCollectivite(ctx, "inventory.write").id;
  const form = importMappingFormSchema.parse(input);
  const withMapping = Object.keys(input ?? {}).some((key) => key.startsWith("map_"));
  return unsafeCommitInventoryImport(defaultDb, {
    collectiviteId,
    importId: form.importId,
    actor: actorOf(ctx),
    saveMapping: form.saveMapping,
    expectedMapping: withMapping ? submittedMapping(form) : undefined,
  });
}

/**
 * After a large import the planner's statistics are stale; PostgreSQL's autovacuum catches up in
 * time, PGlite has no autovacuum at all. A few hundred milliseconds, outside the transaction.
 */
async function refreshStatistics(db: Db, written: number): Promise<void> {
  if (written >= 1_000) await db.$executeRawUnsafe('ANALYZE "Equipment"');
}
