-- CreateTable
CREATE TABLE "EquipmentLot" (
    "collectiviteId" TEXT NOT NULL,
    "etablissementId" TEXT NOT NULL,
    "category" "EquipmentCategory" NOT NULL,
    "lotKey" TEXT NOT NULL,
    "manufacturer" TEXT,
    "model" TEXT,
    "acquiredOn" DATE,
    "items" INTEGER NOT NULL,

    CONSTRAINT "EquipmentLot_pkey" PRIMARY KEY ("etablissementId","category","collectiviteId","lotKey")
);

-- CreateIndex
CREATE INDEX "EquipmentLot_collectiviteId_idx" ON "EquipmentLot"("collectiviteId");

-- The rest of a lot's key: manufacturer, model and acquisition date, a null kept apart from any
-- value (quote_nullable), the date in ISO whatever DateStyle the session has.
CREATE FUNCTION equipment_lot_key(manufacturer TEXT, model TEXT, acquired_on DATE) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN concat_ws(',', quote_nullable(manufacturer), quote_nullable(model), quote_nullable(to_char(acquired_on, 'YYYY-MM-DD')));

-- After each statement on "Equipment": the rows it wrote that are not retired add one to their
-- lot, the rows it removed or overwrote that were not retired take one away (an UPDATE does both,
-- so a change of status, collège or model moves the item between lots, and any other change nets
-- to nothing and writes nothing). Lots left empty in the collèges touched are deleted.
CREATE FUNCTION equipment_lots_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  side CONSTANT TEXT := 'SELECT "collectiviteId", "etablissementId", "category", "manufacturer", "model", "acquiredOn", %s AS n FROM %I WHERE "status" <> ''REFORME''';
  delta TEXT;
  touched TEXT[];
BEGIN
  delta := CASE TG_OP
    WHEN 'INSERT' THEN format(side, 1, 'new_rows')
    WHEN 'DELETE' THEN format(side, -1, 'old_rows')
    ELSE format(side, 1, 'new_rows') || ' UNION ALL ' || format(side, -1, 'old_rows')
  END;
  EXECUTE format($sql$
    WITH d AS (%s),
    s AS (
      SELECT "collectiviteId", "etablissementId", "category", "manufacturer", "model", "acquiredOn", sum(n)::int AS n
      FROM d GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0),
    up AS (
      INSERT INTO "EquipmentLot" AS l ("collectiviteId", "etablissementId", "category", "lotKey", "manufacturer", "model", "acquiredOn", "items")
      SELECT "collectiviteId", "etablissementId", "category", equipment_lot_key("manufacturer", "model", "acquiredOn"),
        "manufacturer", "model", "acquiredOn", n
      FROM s ORDER BY 2, 3, 1, 4
      ON CONFLICT ("etablissementId", "category", "collectiviteId", "lotKey") DO UPDATE SET "items" = l."items" + EXCLUDED."items"
      RETURNING l."etablissementId")
    SELECT array_agg(DISTINCT "etablissementId") FROM up$sql$, delta) INTO touched;
  IF touched IS NOT NULL THEN
    DELETE FROM "EquipmentLot" WHERE "etablissementId" = ANY (touched) AND "items" = 0;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER equipment_lots_insert AFTER INSERT ON "Equipment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION equipment_lots_sync();
CREATE TRIGGER equipment_lots_update AFTER UPDATE ON "Equipment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION equipment_lots_sync();
CREATE TRIGGER equipment_lots_delete AFTER DELETE ON "Equipment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION equipment_lots_sync();

-- The fleet already recorded.
INSERT INTO "EquipmentLot" ("collectiviteId", "etablissementId", "category", "lotKey", "manufacturer", "model", "acquiredOn", "items")
SELECT "collectiviteId", "etablissementId", "category", equipment_lot_key("manufacturer", "model", "acquiredOn"),
  "manufacturer", "model", "acquiredOn", count(*)::int
FROM "Equipment" WHERE "status" <> 'REFORME'
GROUP BY "collectiviteId", "etablissementId", "category", "manufacturer", "model", "acquiredOn";
