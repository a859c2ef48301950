import "server-only";
import { db } from "@/lib/db/client";
import { readInBatches } from "@/lib/db/read-in-batches";
import { assertCan, type AccessContext, type ScopeRef } from "@/lib/access/context";
import { listEquipmentSchema } from "@/lib/inventory/schemas";
import {
  EQUIPMENT_ORDER,
  equipmentFiltersWhere,
  equipmentListSelect,
} from "@/lib/inventory/list-equipment";
import {
  CATEGORY_LABELS,
  FUNDING_LABELS,
  STATUS_LABELS,
  USAGE_LABELS,
} from "@/lib/inventory/labels";
import type { XlsxCell } from "@/lib/exports/xlsx";
import { spaceFileKey, type SpreadsheetExport } from "@/lib/download";
import { EQUIPMENT_EXPORT_HEADER } from "@/lib/inventory/export-columns";

export { EQUIPMENT_EXPORT_HEADER } from "@/lib/inventory/export-columns";

const BATCH = 10_000;

/**
 * Every equipment of the filtered list (not only one page), as rows for a CSV or XLSX export, in
 * the column layout the import recognises, so an export can be corrected and imported back.
 */
export async function exportEquipmentRows(
  ctx: AccessContext,
  input: unknown,
): Promise<XlsxCell[][]> {
  assertCan(ctx, "inventory.read");
  const query = listEquipmentSchema.parse(input);
  const where = equipmentFiltersWhere(ctx, query);
  const read = (window: { skip: number; take: number }) =>
    db.equipment.findMany({
      where,
      select: equipmentListSelect,
      orderBy: EQUIPMENT_ORDER[query.sort](query.dir),
      ...window,
    });
  return readInBatches(BATCH, read, (e): XlsxCell[] => [
    e.etablissement.uai,
    e.etablissement.name,
    CATEGORY_LABELS[e.category],
    e.manufacturer,
    e.model,
    e.serialNumber,
    e.inventoryNumber,
    e.acquiredOn,
    e.warrantyEndsOn,
    STATUS_LABELS[e.status],
    e.location,
    USAGE_LABELS[e.usage],
    e.fundingSource ? FUNDING_LABELS[e.fundingSource] : null,
    e.purchaseCostCents === null ? null : e.purchaseCostCents / 100,
  ]);
}

/** …/inventaire/export?format=csv|xlsx&<filtres>: the filtered equipment list of a space. */
export async function equipmentExport(
  ctx: AccessContext,
  input: unknown,
  scope: ScopeRef,
): Promise<SpreadsheetExport> {
  return {
    baseName: `inventaire-${spaceFileKey(scope)}`,
    sheetName: "Inventaire",
    header: EQUIPMENT_EXPORT_HEADER,
    rows: await exportEquipmentRows(ctx, input),
  };
}
