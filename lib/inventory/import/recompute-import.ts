import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { checkImportId } from "./access";
import { importMappingFormSchema, mappingFromForm, type ImportMapping } from "./fields";
import { prepareImportPlan } from "./prepare-plan";
import { readInventoryFile, type InventoryFile } from "./read-inventory-file";
import type { ImportSummary } from "./summary";
import { requireCollectivite } from "@/lib/access/require-scope";

export const IMPORT_CLOSED_MESSAGE =
  "Cet import a déjà été enregistré ou abandonné : il ne peut plus être modifié.";

/** The stored file of an import of the collectivité still waiting for confirmation, checked against its hash. */
export async function loadPendingImport(collectiviteId: string, importId: string) {
  const row = await db.equipmentImport.findFirst({
    where: { id: checkImportId(importId), collectiviteId },
    select: { id: true, status: true, file: true, sha256: true, fileName: true, mapping: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  if (row.status !== "APERCU") throw new AppError("CONFLICT", IMPORT_CLOSED_MESSAGE);
  return { ...row, file: await storedFile(row) };
}

export async function storedFile(row: {
  file: Uint8Array | null;
  sha256: string;
}): Promise<InventoryFile> {
  if (!row.file)
    throw new AppError(
      "CONFLICT",
      "Le fichier de cet import n'est plus disponible : importez-le à nouveau.",
    );
  const file = await readInventoryFile(row.file);
  if (file.sha256 !== row.sha256)
    throw new AppError(
      "CONFLICT",
      "Le fichier enregistré ne correspond plus à son empreinte : importez-le à nouveau.",
    );
  return file;
}

export function importIdOf(input: unknown): string {
  return checkImportId((input as Record<string, unknown> | null)?.importId);
}

/** The mapping a submitted form describes, or INVALID_INPUT naming each wrong select. */
export function mappingOfForm(
  input: unknown,
  header: readonly string[],
): { importId: string; mapping: ImportMapping; saveMapping: boolean } {
  const form = importMappingFormSchema.parse(input);
  const { mapping, fieldErrors } = mappingFromForm(form, header);
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError(
      "INVALID_INPUT",
      "Le mapping est incomplet : corrigez les champs signalés.",
      fieldErrors,
    );
  }
  return { importId: form.importId, mapping, saveMapping: form.saveMapping };
}

/** Checks the stored file again with the mapping the agent chose on the preview page. */
export async function recomputeInventoryImport(
  ctx: AccessContext,
  input: unknown,
): Promise<ImportSummary> {
  const collectiviteId = requireCollectivite(ctx, "inventory.write").id;
  const pending = await loadPendingImport(collectiviteId, importIdOf(input));
  const { mapping } = mappingOfForm(input, pending.file.header);
  const now = new Date();
  const { summary } = await prepareImportPlan(
    db,
    collectiviteId,
    pending.file,
    mapping,
    "manuel",
    now,
  );
  const updated = await db.equipmentImport.updateMany({
    where: { id: pending.id, collectiviteId, status: "APERCU" },
    data: {
      mapping: mapping as unknown as Prisma.InputJsonValue,
      summary: summary as unknown as Prisma.InputJsonValue,
    },
  });
  if (updated.count === 0) throw new AppError("CONFLICT", IMPORT_CLOSED_MESSAGE);
  return summary;
}
