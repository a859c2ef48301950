import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import type { EquipmentImportStatus } from "@/lib/generated/prisma/enums";
import { checkImportId } from "./access";
import { readStoredMapping, type ImportMapping } from "./fields";
import { loadSavedMapping } from "./create-import";
import { readImportSummary, type ImportSummary } from "./summary";
import { requireCollectivite } from "@/lib/access/require-scope";

export const IMPORT_STATUS_LABELS: Record<EquipmentImportStatus, string> = {
  APERCU: "Aperçu, en attente de confirmation",
  ENREGISTRE: "Enregistré",
  ABANDONNE: "Abandonné",
};

export interface InventoryImportDetail {
  id: string;
  status: EquipmentImportStatus;
  fileName: string;
  format: string;
  sha256: string;
  rowCount: number;
  actorLabel: string;
  createdAt: Date;
  committedAt: Date | null;
  mapping: ImportMapping;
  summary: ImportSummary;
}

const detailSelect = {
  id: true,
  status: true,
  fileName: true,
  format: true,
  sha256: true,
  rowCount: true,
  actorLabel: true,
  createdAt: true,
  committedAt: true,
  mapping: true,
  summary: true,
} as const;

/** One import of the agent's collectivité; another collectivité's is NOT_FOUND. */
export async function getInventoryImport(
  ctx: AccessContext,
  id: string,
): Promise<InventoryImportDetail> {
  const collectiviteId = requireCollectivite(ctx, "inventory.write").id;
  const row = await db.equipmentImport.findFirst({
    where: { id: checkImportId(id), collectiviteId },
    select: detailSelect,
  });
  if (!row) throw new AppError("NOT_FOUND");
  return {
    ...row,
    mapping: readStoredMapping(row.mapping) ?? { columns: {}, defaultCategory: null },
    summary: readImportSummary(row.summary),
  };
}

/** The collectivité's latest imports, newest first. */
export async function listInventoryImports(
  ctx: AccessContext,
  limit = 20,
): Promise<Omit<InventoryImportDetail, "mapping" | "sha256">[]> {
  const collectiviteId = requireCollectivite(ctx, "inventory.write").id;
  const rows = await db.equipmentImport.findMany({
    where: { collectiviteId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      status: true,
      fileName: true,
      format: true,
      rowCount: true,
      actorLabel: true,
      createdAt: true,
      committedAt: true,
      summary: true,
    },
  });
  return rows.map((row) => ({ ...row, summary: readImportSummary(row.summary) }));
}

/** The mapping the collectivité saved for its next imports, if any. */
export async function getSavedImportMapping(ctx: AccessContext): Promise<ImportMapping | null> {
  return loadSavedMapping(db, requireCollectivite(ctx, "inventory.write").id);
}
