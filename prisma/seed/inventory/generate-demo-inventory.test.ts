import { describe, expect, it } from "vitest";
import { DEMO_INVENTORY_REFERENCE_DATE as REFERENCE } from "@/prisma/seed/seed-inventory";
import {
  estimateDemoEffectif,
  generateDemoInventory,
} from "@/prisma/seed/inventory/generate-demo-inventory";
import { type DemoEquipmentRow } from "@/prisma/seed/inventory/demo-equipment-row";
import { INTERACTIVE_DISPLAY_CATEGORIES, TERMINAL_CATEGORIES } from "@/lib/inventory/labels";
import { normaliseSerial } from "@/lib/inventory/schemas";

const inUse = (rows: DemoEquipmentRow[]) => rows.filter((r) => r.status !== "REFORME");
const terminals = (rows: DemoEquipmentRow[]) =>
  inUse(rows).filter((r) => (TERMINAL_CATEGORIES as readonly string[]).includes(r.category)).length;
/** Forty UAIs of a département: digits vary, the key letter does not matter to the generator. */
const uais = Array.from({ length: 40 }, (_, i) => `0290${String(100 + i * 13).padStart(3, "0")}K`);

describe("generateDemoInventory", () => {
  it("gives the same rows for the same collège and reference date", () => {
    const college = { uai: "0350027P", effectif: 512, educationPrioritaire: null };
    expect(generateDemoInventory(college, REFERENCE)).toEqual(
      generateDemoInventory(college, new Date(REFERENCE)),
    );
    expect(generateDemoInventory({ ...college, uai: "0350913C" }, REFERENCE)).not.toEqual(
      generateDemoInventory(college, REFERENCE),
    );
  });

  it.each([200, 450, 850])(
    "keeps terminals between 20 and 50 per 100 pupils, both sides of 1:3, for %i pupils",
    (effectif) => {
      const ratios = uais.map(
        (uai) => (100 * terminals(generateDemoInventory({ uai, effectif }, REFERENCE))) / effectif,
      );
      for (const ratio of ratios) {
        expect(ratio).toBeGreaterThanOrEqual(19);
        expect(ratio).toBeLessThanOrEqual(51);
      }
      expect(ratios.some((r) => r < 100 / 3)).toBe(true);
      expect(ratios.some((r) => r > 100 / 3)).toBe(true);
    },
  );

  it("equips classrooms: 1–3 classes mobiles, 0.6–1.2 interactive displays per 25 pupils, a server, Wi-Fi and switches", () => {
    for (const uai of uais) {
      const rows = inUse(generateDemoInventory({ uai, effectif: 600 }, REFERENCE));
      const count = (categories: readonly string[]) =>
        rows.filter((r) => categories.includes(r.category)).length;
      expect(count(["CLASSE_MOBILE"])).toBeGreaterThanOrEqual(1);
      expect(count(["CLASSE_MOBILE"])).toBeLessThanOrEqual(3);
      expect(count(INTERACTIVE_DISPLAY_CATEGORIES) / (600 / 25)).toBeGreaterThanOrEqual(0.55);
      expect(count(INTERACTIVE_DISPLAY_CATEGORIES) / (600 / 25)).toBeLessThanOrEqual(1.25);
      for (const category of [
        "POSTE_FIXE",
        "SERVEUR",
        "BORNE_WIFI",
        "COMMUTATEUR",
        "IMPRIMANTE",
        "TELEPHONIE_IP",
      ])
        expect(count([category])).toBeGreaterThan(0);
    }
  });

  it("dates acquisitions within the ten years before the reference date, warranties 3 to 5 years later", () => {
    const tenYearsBefore = new Date(REFERENCE);
    tenYearsBefore.setUTCFullYear(REFERENCE.getUTCFullYear() - 10);
    const rows = uais.flatMap((uai) => generateDemoInventory({ uai, effectif: 500 }, REFERENCE));
    const acquired = rows.map((r) => r.acquiredOn.getTime());
    expect(Math.min(...acquired)).toBeGreaterThanOrEqual(tenYearsBefore.getTime());
    expect(Math.max(...acquired)).toBeLessThan(REFERENCE.getTime());
    const warranties = rows.map(
      (r) => (r.warrantyEndsOn.getTime() - r.acquiredOn.getTime()) / (365.25 * 86_400_000),
    );
    expect(Math.min(...warranties)).toBeGreaterThan(2.99);
    expect(Math.max(...warranties)).toBeLessThan(5.01);
    const years = new Set(rows.map((r) => r.acquiredOn.getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(10);
    const age = (r: DemoEquipmentRow) => REFERENCE.getTime() - r.acquiredOn.getTime();
    const meanAge = (category: string) => {
      const of = rows.filter((r) => r.category === category);
      return of.reduce((sum, r) => sum + age(r), 0) / of.length;
    };
    expect(meanAge("TNI_TBI")).toBeGreaterThan(meanAge("ENI"));
  });

  it("gives serial and inventory numbers unique within and across collèges, as stored", () => {
    const a = generateDemoInventory({ uai: "0350027P", effectif: 850 }, REFERENCE);
    const b = generateDemoInventory({ uai: "0350913C", effectif: 850 }, REFERENCE);
    const serials = [...a, ...b].map((r) => r.serialNumber);
    expect(new Set(serials).size).toBe(serials.length);
    expect(serials.every((serial) => normaliseSerial(serial) === serial)).toBe(true);
    const numbers = [...a, ...b].map((r) => r.inventoryNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(a[0]!.inventoryNumber).toMatch(/^35-20\d\d-0027-0001$/);
  });

  it("has mostly equipment in service, a few broken, in stock and retired, the retired ones older", () => {
    const rows = uais.flatMap((uai) => generateDemoInventory({ uai, effectif: 500 }, REFERENCE));
    const share = (status: string) => rows.filter((r) => r.status === status).length / rows.length;
    expect(share("EN_SERVICE")).toBeGreaterThan(0.8);
    expect(share("EN_PANNE")).toBeGreaterThan(0.01);
    expect(share("EN_PANNE")).toBeLessThan(0.06);
    expect(share("EN_STOCK")).toBeGreaterThan(0.02);
    expect(share("EN_STOCK")).toBeLessThan(0.08);
    expect(share("REFORME")).toBeGreaterThan(0.02);
    expect(share("REFORME")).toBeLessThan(0.09);
    const meanYear = (of: DemoEquipmentRow[]) =>
      of.reduce((sum, r) => sum + r.acquiredOn.getUTCFullYear(), 0) / of.length;
    expect(meanYear(rows.filter((r) => r.status === "REFORME"))).toBeLessThan(meanYear(rows) - 1);
    const administratif = rows.filter((r) => r.usage === "ADMINISTRATIF").length / rows.length;
    expect(administratif).toBeGreaterThan(0.04);
    expect(administratif).toBeLessThan(0.2);
    expect(new Set(rows.map((r) => r.fundingSource))).toEqual(
      new Set(["COLLECTIVITE", "ETAT", "ETABLISSEMENT"]),
    );
    expect(
      rows.every((r) => Number.isInteger(r.purchaseCostCents) && r.purchaseCostCents > 0),
    ).toBe(true);
  });

  it("rejects what is not a UAI", () => {
    expect(() => generateDemoInventory({ uai: "abc", effectif: 300 }, REFERENCE)).toThrow();
  });
});

describe("estimateDemoEffectif", () => {
  it("is deterministic, smaller in rural communes, within 220–850", () => {
    expect(estimateDemoEffectif("0221234X", true)).toBe(estimateDemoEffectif("0221234X", true));
    const rural = uais.map((uai) => estimateDemoEffectif(uai, true));
    const urban = uais.map((uai) => estimateDemoEffectif(uai, false));
    for (const n of [...rural, ...urban]) expect(n >= 220 && n <= 850).toBe(true);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean(rural)).toBeLessThan(mean(urban));
  });
});
