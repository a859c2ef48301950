import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EquipmentCategory } from "@/lib/inventory/labels";

/** The largest purchase cost the inventory's integer column holds, in cents. */
const MAX_COST_CENTS = 2_147_483_647;

/**
 * Delivered equipment enters the collège's inventory: `quantity` rows of one category, in service,
 * funded by the collectivité, acquired on the delivery day at the unit cost it was granted for.
 * The delivery paths (a needs campaign's accepted need, an appel à projets' retained dossier) call
 * it inside the transaction that marks the delivery.
 */
export async function enterDeliveredEquipment(
  tx: Prisma.TransactionClient,
  delivery: {
    college: { id: string; collectiviteId: string };
    category: EquipmentCategory;
    quantity: number;
    unitCostCents: number;
    deliveredOn: Date;
  },
): Promise<number> {
  const { college, unitCostCents } = delivery;
  const { count } = await tx.equipment.createMany({
    data: Array.from({ length: delivery.quantity }, () => ({
      collectiviteId: college.collectiviteId,
      etablissementId: college.id,
      category: delivery.category,
      status: "EN_SERVICE" as const,
      acquiredOn: delivery.deliveredOn,
      fundingSource: "COLLECTIVITE" as const,
      purchaseCostCents:
        Number.isSafeInteger(unitCostCents) && unitCostCents <= MAX_COST_CENTS
          ? unitCostCents
          : null,
    })),
  });
  return count;
}
