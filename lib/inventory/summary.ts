import "server-only";
import { db } from "@/lib/db/client";
import type { EquipmentCategory, EquipmentStatus } from "@/lib/generated/prisma/enums";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { equipmentScopeWhere } from "@/lib/access/equipment-scope";
import { EQUIPMENT_CATEGORIES, EQUIPMENT_STATUSES } from "@/lib/inventory/labels";

export interface CategorySummaryRow {
  category: EquipmentCategory;
  byStatus: Record<EquipmentStatus, number>;
  total: number;
}

/**
 * A collège's equipment per category and status, counted in SQL; empty for a collège outside the
 * perimeter (the caller has already answered 404 for the collège itself).
 */
export async function getEtablissementInventorySummary(
  ctx: AccessContext,
  etablissementId: string,
) {
  assertCan(ctx, "inventory.read");
  const groups = await db.equipment.groupBy({
    by: ["category", "status"],
    where: { AND: [equipmentScopeWhere(ctx), { etablissementId }] },
    _count: { _all: true },
  });
  const rows: CategorySummaryRow[] = EQUIPMENT_CATEGORIES.flatMap((category) => {
    const byStatus = Object.fromEntries(
      EQUIPMENT_STATUSES.map((status) => [
        status,
        groups.find((g) => g.category === category && g.status === status)?._count._all ?? 0,
      ]),
    ) as Record<EquipmentStatus, number>;
    const total = Object.values(byStatus).reduce((sum, n) => sum + n, 0);
    return total > 0 ? [{ category, byStatus, total }] : [];
  });
  const totals = Object.fromEntries(
    EQUIPMENT_STATUSES.map((s) => [s, rows.reduce((sum, r) => sum + r.byStatus[s], 0)]),
  ) as Record<EquipmentStatus, number>;
  return { rows, totals, total: rows.reduce((sum, r) => sum + r.total, 0) };
}

export type EtablissementInventorySummary = Awaited<
  ReturnType<typeof getEtablissementInventorySummary>
>;
