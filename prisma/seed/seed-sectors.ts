import type { Db } from "@/lib/db/client";
import { planSectors } from "@/prisma/seed/sector-plan";

/** The collectivités whose demo has secteurs, with their technicians (demo-accounts.ts). */
export const DEMO_SECTOR_COLLECTIVITES = ["35", "14"] as const;

/**
 * The secteurs of Ille-et-Vilaine and the Calvados: their open public collèges grouped by about
 * ten, by geography (sector-plan.ts). Idempotent: a collectivité that already has secteurs (from
 * an earlier run, or made by hand since) is left as it is. Returns the secteurs written.
 * Bypasses the access context: run from the command line only.
 */
export async function unsafeSeedDemoSectors(db: Db): Promise<number> {
  let created = 0;
  for (const code of DEMO_SECTOR_COLLECTIVITES) {
    const collectivite = await db.collectivite.findUniqueOrThrow({
      where: { code },
      select: { id: true, _count: { select: { sectors: true } } },
    });
    if (collectivite._count.sectors > 0) continue;
    const colleges = await db.etablissement.findMany({
      where: { collectiviteId: collectivite.id, etat: "OUVERT", secteur: "PUBLIC" },
      select: { id: true, uai: true, communeName: true, latitude: true, longitude: true },
    });
    const idOf = new Map(colleges.map((c) => [c.uai, c.id]));
    await db.$transaction(async (tx) => {
      for (const planned of planSectors(colleges)) {
        const sector = await tx.sector.create({
          data: { collectiviteId: collectivite.id, name: planned.name },
          select: { id: true },
        });
        await tx.etablissement.updateMany({
          where: { id: { in: planned.uais.map((uai) => idOf.get(uai)!) } },
          data: { sectorId: sector.id },
        });
        created += 1;
      }
    });
  }
  return created;
}

/** The secteur a demo technician works on: the one of a collège they serve. */
export async function unsafeSectorOfCollege(db: Db, uai: string): Promise<string> {
  const college = await db.etablissement.findUniqueOrThrow({
    where: { uai },
    select: { sectorId: true },
  });
  if (!college.sectorId)
    throw new Error(`Le collège ${uai} n'est dans aucun secteur de démonstration.`);
  return college.sectorId;
}
