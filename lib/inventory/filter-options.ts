import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { equipmentEtablissementOptions } from "@/lib/inventory/list-equipment";

/** The collèges and départements an inventory page of this space can filter on. */
export async function inventoryFilterOptions(ctx: AccessContext) {
  const [etablissements, departements] = await Promise.all([
    equipmentEtablissementOptions(ctx),
    ctx.scope.type === "ACADEMIE"
      ? db.departement.findMany({
          where: { academieCode: ctx.scope.code },
          select: { code: true, name: true },
          orderBy: { code: "asc" },
        })
      : Promise.resolve([]),
  ]);
  return { etablissements, departements };
}
