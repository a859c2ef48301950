import { Prisma } from "@/lib/generated/prisma/client";
import type { EtablissementRef } from "./row-values";
import type { ExistingEquipment } from "./plan-import";

type Client = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * What a file is checked and matched against, in two queries whatever its size: the
 * collectivité's établissements and the keys and compared fields of all its equipment.
 */
export async function loadImportReference(
  client: Client,
  collectiviteId: string,
): Promise<{ etablissements: EtablissementRef[]; existing: ExistingEquipment[] }> {
  // One after the other: inside a transaction the connection runs one query at a time anyway.
  const etablissements = await client.$queryRaw<EtablissementRef[]>(Prisma.sql`
      SELECT id, uai, name, secteur::text AS secteur, etat::text AS etat
      FROM "Etablissement" WHERE "collectiviteId" = ${collectiviteId}`);
  const existing = await client.$queryRaw<ExistingEquipment[]>(Prisma.sql`
      SELECT id, "etablissementId", category::text AS category, manufacturer, model, "serialNumber", "inventoryNumber",
        to_char("acquiredOn", 'YYYY-MM-DD') AS "acquiredOn", to_char("warrantyEndsOn", 'YYYY-MM-DD') AS "warrantyEndsOn",
        status::text AS status, location, usage::text AS usage, "fundingSource"::text AS "fundingSource", "purchaseCostCents"
      FROM "Equipment" WHERE "collectiviteId" = ${collectiviteId}`);
  return { etablissements, existing };
}
