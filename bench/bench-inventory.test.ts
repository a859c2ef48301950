import { describe, expect, it } from "vitest";
import { DEMO_INVENTORY_REFERENCE_DATE as REFERENCE } from "@/prisma/seed/seed-inventory";
import {
  estimateDemoEffectif,
  generateDemoInventory,
} from "@/prisma/seed/inventory/generate-demo-inventory";
import { type DemoEquipmentRow } from "@/prisma/seed/inventory/demo-equipment-row";
import { TERMINAL_CATEGORIES } from "@/lib/inventory/labels";
import { DEMO_CATALOGUE, type DemoModel } from "@/prisma/seed/demo-equipment-catalogue";
import { benchSeedKey } from "@/prisma/seed/shared/bench-constants";
import { RETIRED_CATALOGUE } from "@/bench/retired-catalogue";
import {
  generateBenchInventory,
  generateRetiredGenerations,
  REGISTER_HISTORY_YEARS,
  RETIRED_INDEX_OFFSET,
} from "@/bench/bench-inventory";

/** Public collèges of France in the national file. */
const PUBLIC_COLLEGES = 5_411;
/** 150 UAIs spread over départements; pupils estimated as the generator does, a third of them rural. */
const sample = Array.from({ length: 150 }, (_, i) => {
  const uai = `0${String(10 + (i % 90)).padStart(2, "0")}${String(1000 + i * 37).padStart(4, "0")}${"ABCDEFGHJK"[i % 10]}`;
  return { uai, effectif: estimateDemoEffectif(uai, i % 3 === 0, benchSeedKey(1)) };
});
const MODELS = new Map<string, DemoModel>(
  [...Object.values(DEMO_CATALOGUE), ...Object.values(RETIRED_CATALOGUE)]
    .flat()
    .map((m) => [m[1], m]),
);
const inService = (rows: DemoEquipmentRow[]) => rows.filter((r) => r.status !== "REFORME");
const terminals = (rows: DemoEquipmentRow[]) =>
  inService(rows).filter((r) => (TERMINAL_CATEGORIES as readonly string[]).includes(r.category))
    .length;

describe("generateBenchInventory", () => {
  it("gives the same rows for the same seed, other rows for another seed", () => {
    const college = { uai: "0590001A", effectif: 612 };
    expect(generateBenchInventory(college, REFERENCE, 1)).toEqual(
      generateBenchInventory(college, new Date(REFERENCE), 1),
    );
    expect(generateBenchInventory(college, REFERENCE, 2)).not.toEqual(
      generateBenchInventory(college, REFERENCE, 1),
    );
  });

  it("keeps the demo's equipment in use: the réformé generations leave the ETIC ratios as they are", () => {
    for (const college of sample.slice(0, 30)) {
      const rows = generateBenchInventory(college, REFERENCE, 1);
      const demo = generateDemoInventory(college, REFERENCE, benchSeedKey(1));
      expect(rows.slice(0, demo.length)).toEqual(demo);
      expect(rows.slice(demo.length).every((r) => r.status === "REFORME")).toBe(true);
      expect(inService(rows)).toEqual(inService(demo));
    }
  });

  it("lands on 2.5–3 million rows for France with 30–40 terminals in service per 100 pupils (ETIC 2018-19: 33.8)", () => {
    let rows = 0;
    let pupils = 0;
    let inUse = 0;
    for (const college of sample) {
      const inventory = generateBenchInventory(college, REFERENCE, 1);
      rows += inventory.length;
      pupils += college.effectif;
      inUse += terminals(inventory);
      const ratio = (100 * terminals(inventory)) / college.effectif;
      expect(ratio).toBeGreaterThanOrEqual(19);
      expect(ratio).toBeLessThanOrEqual(55);
    }
    const national = (rows / sample.length) * PUBLIC_COLLEGES;
    expect(national).toBeGreaterThan(2_500_000);
    expect(national).toBeLessThan(3_000_000);
    expect((100 * inUse) / pupils).toBeGreaterThan(30);
    expect((100 * inUse) / pupils).toBeLessThan(40);
  });

  it("numbers every row uniquely within and across collèges", () => {
    const all = sample
      .slice(0, 40)
      .flatMap((college) => generateBenchInventory(college, REFERENCE, 1));
    expect(new Set(all.map((r) => r.serialNumber)).size).toBe(all.length);
    expect(new Set(all.map((r) => r.inventoryNumber)).size).toBe(all.length);
  });
});

describe("generateRetiredGenerations", () => {
  it("dates each generation within the register's history, before the purchase that replaced it, with a model of its time", () => {
    const historyStart = new Date(REFERENCE);
    historyStart.setUTCFullYear(REFERENCE.getUTCFullYear() - REGISTER_HISTORY_YEARS);
    for (const college of sample.slice(0, 30)) {
      const current = generateDemoInventory(college, REFERENCE, benchSeedKey(1));
      const retired = generateRetiredGenerations(college.uai, current, REFERENCE, 1);
      expect(retired.length).toBeGreaterThan(0);
      const firstInUse = Math.min(...inService(current).map((r) => r.acquiredOn.getTime()));
      for (const row of retired) {
        expect(row.status).toBe("REFORME");
        expect(row.acquiredOn.getTime()).toBeGreaterThanOrEqual(historyStart.getTime());
        expect(row.acquiredOn.getTime()).toBeLessThan(REFERENCE.getTime());
        expect(row.warrantyEndsOn.getTime()).toBeGreaterThan(row.acquiredOn.getTime());
        expect(Number(row.inventoryNumber.split("-").at(-1))).toBeGreaterThan(RETIRED_INDEX_OFFSET);
      }
      // The oldest equipment still in service came after the oldest generation it replaced.
      expect(Math.min(...retired.map((r) => r.acquiredOn.getTime()))).toBeLessThan(firstInUse);
      // A model sold the year of the purchase, or the nearest (a few categories have gaps of a year).
      for (const row of retired) {
        const [, , first, last] = MODELS.get(row.model)!;
        const year = row.acquiredOn.getUTCFullYear();
        expect(
          year < first ? first - year : year > last ? year - last : 0,
          `${row.model} acheté en ${year}`,
        ).toBeLessThanOrEqual(1);
      }
    }
  });
});
