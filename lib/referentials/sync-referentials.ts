import type { Db } from "@/lib/db/client";
import { listCollectiviteDefinitions } from "@/lib/referentials/collectivites";
import { ACADEMIES, DEPARTEMENTS, REGIONS_ACADEMIQUES } from "@/lib/referentials/data";

/**
 * Writes the referentials (régions académiques, académies, départements, collectivités) from
 * the static tables, idempotently. Bypasses the access context: run by migrations' companions
 * (seed, CLI import), never from a request.
 */
export async function unsafeSyncReferentials(db: Db): Promise<void> {
  await db.$transaction(
    async (tx) => {
      for (const region of REGIONS_ACADEMIQUES) {
        await tx.regionAcademique.upsert({
          where: { code: region.code },
          create: region,
          update: { name: region.name },
        });
      }
      for (const academie of ACADEMIES) {
        await tx.academie.upsert({
          where: { code: academie.code },
          create: academie,
          update: academie,
        });
      }
      for (const { code, name, academieCode } of DEPARTEMENTS) {
        await tx.departement.upsert({
          where: { code },
          create: { code, name, academieCode },
          update: { name, academieCode },
        });
      }
      for (const c of listCollectiviteDefinitions()) {
        const departements = { set: c.departementCodes.map((code) => ({ code })) };
        await tx.collectivite.upsert({
          where: { code: c.code },
          create: {
            code: c.code,
            type: c.type,
            name: c.name,
            shortName: c.shortName,
            departements: { connect: departements.set },
          },
          update: { type: c.type, name: c.name, shortName: c.shortName, departements },
        });
      }
    },
    { timeout: 60_000 },
  );
}
