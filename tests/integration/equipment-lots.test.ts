import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedReferentialsAndColleges, UAI } from "../support/fixtures";
import * as rows from "../support/rows";

/*
 * EquipmentLot is kept by a trigger on Equipment (migration …_equipment_lots): after any write,
 * whatever its path (Prisma's create, createMany, update, upsert, delete, raw SQL), the lots must
 * be exactly the fleet not retired counted per collège, category, manufacturer, model and date.
 */

const college: Record<string, rows.College> = {};

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await rows.loadColleges(college);
});

interface Lot {
  etablissementId: string;
  category: string;
  manufacturer: string | null;
  model: string | null;
  acquiredOn: string | null;
  items: number;
}

const lotsSql = `SELECT "etablissementId", "category"::text AS "category", "manufacturer", "model",
  to_char("acquiredOn", 'YYYY-MM-DD') AS "acquiredOn", "items"`;
const order = `ORDER BY 1, 2, 3 NULLS FIRST, 4 NULLS FIRST, 5 NULLS FIRST`;

const lots = () => db.$queryRawUnsafe<Lot[]>(`${lotsSql} FROM "EquipmentLot" ${order}`);
/** The same counts, recomputed from every item. */
const recount = () =>
  db.$queryRawUnsafe<Lot[]>(
    `${lotsSql.replace('"items"', 'count(*)::int AS "items"')} FROM "Equipment" WHERE "status" <> 'REFORME'
     GROUP BY "etablissementId", "category", "manufacturer", "model", "acquiredOn" ${order}`,
  );

async function expectLotsMatchFleet(): Promise<Lot[]> {
  const current = await lots();
  expect(current).toEqual(await recount());
  return current;
}

const item = (
  uai: string,
  model: string | null,
  acquiredOn: string | null,
  status = "EN_SERVICE",
) => {
  const c = college[uai]!;
  return {
    collectiviteId: c.collectiviteId,
    etablissementId: c.id,
    category: "PORTABLE" as const,
    manufacturer: model ? "Dell" : null,
    model,
    acquiredOn: acquiredOn ? new Date(acquiredOn) : null,
    status: status as "EN_SERVICE" | "REFORME" | "EN_PANNE",
  };
};

describe("the fleet by purchase lot", () => {
  it("follows every kind of write on the equipment, nulls kept apart", async () => {
    await db.equipment.createMany({
      data: [
        ...Array.from({ length: 4 }, () => item(UAI.gayeulles, "Latitude", "2024-09-01")),
        ...Array.from({ length: 2 }, () => item(UAI.gayeulles, null, "2024-09-01")),
        ...Array.from({ length: 3 }, () => item(UAI.gayeulles, "Latitude", null)),
        item(UAI.gayeulles, "Latitude", "2024-09-01", "REFORME"),
        item(UAI.rennes35b, "Latitude", "2024-09-01", "EN_PANNE"),
      ],
    });
    expect(await expectLotsMatchFleet()).toHaveLength(4);

    const one = await db.equipment.create({
      data: { ...item(UAI.gayeulles, "Latitude", "2024-09-01"), serialNumber: "LOT-1" },
      select: { id: true },
    });
    expect(
      (await expectLotsMatchFleet()).find(
        (l) => l.etablissementId === college[UAI.gayeulles]!.id && l.model && l.acquiredOn,
      )?.items,
    ).toBe(5);

    // Retired, back in service, moved to another collège, its model forgotten, deleted.
    await db.equipment.update({ where: { id: one.id }, data: { status: "REFORME" } });
    await expectLotsMatchFleet();
    await db.equipment.update({ where: { id: one.id }, data: { status: "EN_STOCK" } });
    await expectLotsMatchFleet();
    await db.equipment.update({
      where: { id: one.id },
      data: { etablissementId: college[UAI.calvados14]!.id },
    });
    await expectLotsMatchFleet();
    await db.equipment.update({ where: { id: one.id }, data: { model: null, manufacturer: null } });
    await expectLotsMatchFleet();
    await db.equipment.upsert({
      where: { id: one.id },
      create: item(UAI.gayeulles, "Latitude", "2024-09-01"),
      update: { acquiredOn: new Date("2020-01-15") },
    });
    await expectLotsMatchFleet();
    await db.equipment.delete({ where: { id: one.id } });
    const afterDelete = await expectLotsMatchFleet();
    expect(afterDelete.some((l) => l.etablissementId === college[UAI.calvados14]!.id)).toBe(false);

    // A change that moves nothing writes nothing; a bulk retirement empties its lot.
    await db.equipment.updateMany({ data: { location: "Salle 12" } });
    expect(await expectLotsMatchFleet()).toEqual(afterDelete);
    await db.equipment.updateMany({
      where: { etablissementId: college[UAI.gayeulles]!.id, acquiredOn: null },
      data: { status: "REFORME" },
    });
    const lotsLeft = await expectLotsMatchFleet();
    expect(lotsLeft.some((l) => l.acquiredOn === null)).toBe(false);

    // Raw SQL, in a session whose dates print otherwise: the lot key does not depend on it.
    await db.$transaction([
      db.$executeRawUnsafe(`SET LOCAL DateStyle = 'SQL, DMY'`),
      db.$executeRawUnsafe(
        `INSERT INTO "Equipment" ("id", "collectiviteId", "etablissementId", "category", "manufacturer", "model", "acquiredOn", "updatedAt")
         SELECT 'raw-' || g, "collectiviteId", "id", 'PORTABLE', 'Dell', 'Latitude', DATE '2024-09-01', now()
         FROM "Etablissement", generate_series(1, 3) g WHERE "uai" = '${UAI.gayeulles}'`,
      ),
    ]);
    expect(
      (await expectLotsMatchFleet()).find(
        (l) =>
          l.etablissementId === college[UAI.gayeulles]!.id &&
          l.model === "Latitude" &&
          l.acquiredOn === "2024-09-01",
      )?.items,
    ).toBe(7);

    await db.equipment.deleteMany({});
    expect(await lots()).toEqual([]);
  });
});
