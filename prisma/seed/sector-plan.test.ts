import { describe, expect, it } from "vitest";
import { planSectors, type PlannedCollege } from "./sector-plan";

/** `count` collèges of a commune around a point, a few hundred metres apart. */
const around = (commune: string, lat: number, lon: number, count: number, from = 0) =>
  Array.from({ length: count }, (_, i): PlannedCollege => ({
    uai: `${String(from + i).padStart(7, "0")}A`,
    communeName: commune,
    latitude: lat + (i % 3) * 0.004,
    longitude: lon + Math.floor(i / 3) * 0.004,
  }));

describe("planSectors", () => {
  const colleges = [
    ...around("Rennes", 48.11, -1.68, 18),
    ...around("Fougères", 48.35, -1.2, 6, 100),
    ...around("Vitré", 48.12, -1.2, 5, 200),
    ...around("Redon", 47.65, -2.08, 5, 300),
    ...around("Saint-Malo", 48.65, -2.0, 6, 400),
  ];

  it("puts every collège in exactly one secteur of about ten, named after the town or its main commune", () => {
    const plan = planSectors(colleges);
    const all = plan.flatMap((s) => s.uais);
    expect(all.sort()).toEqual(colleges.map((c) => c.uai).sort());
    expect(new Set(all).size).toBe(colleges.length);
    for (const sector of plan) expect(sector.uais.length).toBeLessThanOrEqual(12);
    expect(plan.filter((s) => s.name.startsWith("Rennes "))).toHaveLength(2);
    expect(new Set(plan.map((s) => s.name)).size).toBe(plan.length);
    for (const sector of plan)
      expect(sector.name).toMatch(/^(Rennes (Nord|Sud|Est|Ouest|[A-Za-z-]+)|Pays (de|d') .+)$/);
  });

  it("keeps opposite sides apart and gives the same plan twice", () => {
    const plan = planSectors(colleges);
    const sectorOf = (uai: string) => plan.find((s) => s.uais.includes(uai))!.name;
    // Opposite sides of the département never share a secteur.
    const of = (commune: string) =>
      new Set(colleges.filter((c) => c.communeName === commune).map((c) => sectorOf(c.uai)));
    for (const name of of("Saint-Malo")) expect(of("Redon").has(name)).toBe(false);
    expect(planSectors([...colleges].reverse())).toEqual(plan);
  });

  it("plans nothing for no collège", () => {
    expect(planSectors([])).toEqual([]);
  });
});
