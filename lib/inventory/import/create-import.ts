import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db as defaultDb, type Db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { actorOf } from "@/lib/members/actor";
import { detectMapping } from "./detect-mapping";
import { readStoredMapping, type ImportMapping } from "./fields";
import { prepareImportPlan } from "./prepare-plan";
import { uploadedImportFile } from "@/lib/imports/uploaded-file";
import { readInventoryFile, type InventoryFile } from "./read-inventory-file";
import type { ImportSummary } from "./summary";
import { requireCollectivite } from "@/lib/access/require-scope";

export interface NewImportInput {
  collectiviteId: string;
  bytes: Uint8Array;
  fileName: string;
  actor: { id: string | null; label: string };
  now?: Date;
}

/** « C:\fakepath\parc 2025.csv » → « parc 2025.csv », at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop()?.trim() ?? "";
  return (base === "" ? "inventaire" : base).slice(0, 200);
}

/** What an import row keeps of its file, whether previewed or written at once: bytes, hash, mapping, summary, who. */
export function importFileColumns(
  input: Pick<NewImportInput, "bytes" | "actor">,
  file: InventoryFile,
  mapping: ImportMapping,
  summary: ImportSummary,
  now: Date,
) {
  return {
    format: file.format,
    sha256: file.sha256,
    file: input.bytes as Uint8Array<ArrayBuffer>,
    mapping: mapping as unknown as Prisma.InputJsonValue,
    rowCount: file.records.length,
    summary: summary as unknown as Prisma.InputJsonValue,
    createdById: input.actor.id,
    actorLabel: input.actor.label,
    createdAt: now,
  };
}

/** The collectivité's saved mapping, if any. */
export async function loadSavedMapping(
  client: Pick<Db, "equipmentImportMapping">,
  collectiviteId: string,
) {
  const row = await client.equipmentImportMapping.findUnique({
    where: { collectiviteId },
    select: { mapping: true },
  });
  return row ? readStoredMapping(row.mapping) : null;
}

/**
 * Reads a file, maps its columns automatically, checks every row and stores the whole as an
 * import waiting for confirmation (status APERCU), file bytes and hash included. Bypasses the
 * access context: callers (the agent's action, the benchmark) name the collectivité themselves.
 */
export async function unsafeCreateImportPreview(
  db: Db,
  input: NewImportInput,
): Promise<{ id: string; summary: ImportSummary }> {
  const now = input.now ?? new Date();
  const file = await readInventoryFile(input.bytes);
  const { mapping, source } = detectMapping(
    file.header,
    await loadSavedMapping(db, input.collectiviteId),
  );
  const { summary } = await prepareImportPlan(db, input.collectiviteId, file, mapping, source, now);
  const created = await db.equipmentImport.create({
    data: {
      collectiviteId: input.collectiviteId,
      status: "APERCU",
      fileName: cleanFileName(input.fileName),
      ...importFileColumns(input, file, mapping, summary, now),
    },
    select: { id: true },
  });
  return { id: created.id, summary };
}

/** An agent's upload from the import page: CSV or XLSX of at most MAX_UPLOAD_LABEL (20 Mo). */
export async function createInventoryImport(
  ctx: AccessContext,
  file: File | null,
): Promise<{ id: string; summary: ImportSummary }> {
  const collectiviteId = requireCollectivite(ctx, "inventory.write").id;
  const { bytes, name } = await uploadedImportFile(file);
  return unsafeCreateImportPreview(defaultDb, {
    collectiviteId,
    bytes,
    fileName: name,
    actor: actorOf(ctx),
  });
}
