import { describe, expect, it } from "vitest";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { replayedForFile } from "../support/migration-replay";

// A database holding a fleet before EquipmentLot existed: the migration counts it into lots, and
// from then on the trigger keeps them.
const BEFORE = "20261206171413_incident_college_index";
const LOTS = "20261206234139_equipment_lots";

const replayed = replayedForFile(BEFORE);

// collège, model, acquisition date, status
const FLEET = [
  ["e1", "Latitude", "2024-09-01", "EN_SERVICE"],
  ["e1", "Latitude", "2024-09-01", "EN_PANNE"],
  ["e1", "Latitude", "2024-09-01", "REFORME"],
  ["e1", null, "2024-09-01", "EN_SERVICE"],
  ["e1", "Latitude", null, "EN_STOCK"],
  ["e2", "Latitude", "2024-09-01", "EN_SERVICE"],
  ["e2", "Latitude", "2024-09-01", "REFORME"],
] as const;

const lots = async () =>
  (
    await replayed.pglite.query<{
      e: string;
      model: string | null;
      day: string | null;
      items: number;
    }>(
      `SELECT "etablissementId" AS e, "model", to_char("acquiredOn", 'YYYY-MM-DD') AS day, "items"
       FROM "EquipmentLot" ORDER BY 1, 2 NULLS FIRST, 3 NULLS FIRST`,
    )
  ).rows;

describe("the equipment lots migration on a database holding a fleet", () => {
  it("counts the items not retired into lots, then keeps them with the fleet", async () => {
    // The collèges and collectivité are not the point: their foreign keys are left unchecked.
    await replayed.pglite.exec(`SET session_replication_role = replica`);
    for (const [index, [e, model, day, status]] of FLEET.entries())
      await replayed.pglite.query(
        `INSERT INTO "Equipment" (id, "collectiviteId", "etablissementId", category, manufacturer, model, "acquiredOn", status, "updatedAt")
         VALUES ($1, 'k35', $2, 'PORTABLE', 'Dell', $3, $4::date, $5::"EquipmentStatus", now())`,
        [`q${index}`, e, model, day, status],
      );
    await replayed.pglite.exec(`SET session_replication_role = origin`);

    expect((await applyPendingMigrations(replayed.factory))[0]).toBe(LOTS);
    expect(await lots()).toEqual([
      { e: "e1", model: null, day: "2024-09-01", items: 1 },
      { e: "e1", model: "Latitude", day: null, items: 1 },
      { e: "e1", model: "Latitude", day: "2024-09-01", items: 2 },
      { e: "e2", model: "Latitude", day: "2024-09-01", items: 1 },
    ]);

    await replayed.pglite.exec(
      `UPDATE "Equipment" SET status = 'REFORME' WHERE id IN ('q0', 'q5')`,
    );
    expect(await lots()).toEqual([
      { e: "e1", model: null, day: "2024-09-01", items: 1 },
      { e: "e1", model: "Latitude", day: null, items: 1 },
      { e: "e1", model: "Latitude", day: "2024-09-01", items: 1 },
    ]);
  });
});
