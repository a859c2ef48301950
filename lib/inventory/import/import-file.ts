import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { collectiviteImportLock } from "./commit-import";
import { cleanFileName, importFileColumns, loadSavedMapping } from "./create-import";
import { detectMapping, type MappingSource } from "./detect-mapping";
import type { ImportMapping } from "./fields";
import { prepareImportPlan } from "./prepare-plan";
import { readInventoryFile, type InventoryFileFormat } from "./read-inventory-file";
import type { ImportSummary } from "./summary";
import { recordImportCommit, writeImportPlan } from "./write-import";

export interface InventoryFileReport {
  collectivite: string;
  format: InventoryFileFormat;
  mapping: ImportMapping;
  mappingSource: MappingSource;
  summary: ImportSummary;
  simulation: boolean;
  written: boolean;
  importId: string | null;
}

class Rejected extends Error {
  constructor(readonly summary: ImportSummary) {
    super("import refusé");
  }
}

/**
 * The command-line import: automatic mapping, every row checked, then — unless simulating or if
 * any row is wrong — the import row, the equipment, the saved mapping and the audit event in ONE
 * transaction. Bypasses the access context: the operator runs it on the server.
 */
export async function unsafeImportInventoryFile(
  db: Db,
  input: {
    collectiviteCode: string;
    bytes: Uint8Array;
    fileName: string;
    simulation: boolean;
    saveMapping: boolean;
    actor: { id: string | null; label: string };
    now?: Date;
  },
): Promise<InventoryFileReport> {
  const now = input.now ?? new Date();
  const collectivite = await db.collectivite.findUnique({
    where: { code: input.collectiviteCode },
    select: { id: true, name: true },
  });
  if (!collectivite)
    throw new AppError("NOT_FOUND", `Collectivité « ${input.collectiviteCode} » inconnue.`);
  const file = await readInventoryFile(input.bytes);
  const { mapping, source } = detectMapping(
    file.header,
    await loadSavedMapping(db, collectivite.id),
  );
  const report = (
    summary: ImportSummary,
    written: boolean,
    importId: string | null,
  ): InventoryFileReport => ({
    collectivite: collectivite.name,
    format: file.format,
    mapping,
    mappingSource: source,
    summary,
    simulation: input.simulation,
    written,
    importId,
  });
  if (input.simulation) {
    const { summary } = await prepareImportPlan(db, collectivite.id, file, mapping, source, now);
    return report(summary, false, null);
  }
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRaw(collectiviteImportLock(collectivite.id));
        const { plan, summary } = await prepareImportPlan(
          tx,
          collectivite.id,
          file,
          mapping,
          source,
          now,
        );
        if (plan.errors.length > 0) throw new Rejected(summary);
        const fileName = cleanFileName(input.fileName);
        const created = await tx.equipmentImport.create({
          data: {
            collectiviteId: collectivite.id,
            status: "ENREGISTRE",
            fileName,
            ...importFileColumns(input, file, mapping, summary, now),
            committedAt: now,
          },
          select: { id: true },
        });
        await writeImportPlan(tx, plan, {
          collectiviteId: collectivite.id,
          importId: created.id,
          now,
        });
        await recordImportCommit(tx, {
          collectiviteId: collectivite.id,
          importId: created.id,
          fileName,
          sha256: file.sha256,
          summary,
          mapping,
          saveMapping: input.saveMapping,
          actor: input.actor,
          now,
        });
        return report(summary, true, created.id);
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof Rejected) return report(error.summary, false, null);
    throw error;
  }
}
