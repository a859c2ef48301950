import { describe, expect, it } from "vitest";
import type { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { planCollegeIncidents, type PlanEquipment } from "@/prisma/seed/incidents/plan-incidents";
import { INTERACTIVE_SCREENS } from "@/prisma/seed/incidents/incident-texts";

const REFERENCE = new Date("2026-12-04T09:00:00Z");
const DAY = 86_400_000;

/** A collège's park: `n` items of each category, acquired from 1 to 10 years before the reference. */
function park(n: number): PlanEquipment[] {
  const categories: EquipmentCategory[] = [
    "POSTE_FIXE",
    "PORTABLE",
    "ENI",
    "VPI",
    "IMPRIMANTE",
    "BORNE_WIFI",
  ];
  return categories.flatMap((category) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${category}-${i}`,
      category,
      status: "EN_SERVICE" as const,
      acquiredOn: new Date(REFERENCE.getTime() - (1 + (i % 10)) * 365 * DAY),
      manufacturer: "Fictif",
      model: `M${i % 4}`,
      location: `Salle ${i}`,
    })),
  );
}
const college = (journey: boolean) => ({
  uai: "0350027P",
  academieCode: "14",
  departementCode: "35",
  equipment: park(40),
  journey,
});

describe("planCollegeIncidents", () => {
  it("draws 25 to 40 reports over the year, the same ones every time", () => {
    const plans = planCollegeIncidents(college(false), REFERENCE);
    expect(plans.length).toBeGreaterThanOrEqual(25);
    expect(plans.length).toBeLessThanOrEqual(40);
    expect(planCollegeIncidents(college(false), REFERENCE)).toEqual(plans);
    for (const p of plans) {
      expect(p.reportedAt.getTime()).toBeLessThan(REFERENCE.getTime());
      expect(p.reportedAt.getTime()).toBeGreaterThan(REFERENCE.getTime() - 366 * DAY);
      if (p.equipment)
        expect(p.equipment.acquiredOn!.getTime()).toBeLessThan(p.reportedAt.getTime());
    }
    expect([...plans].sort((a, b) => +a.reportedAt - +b.reportedAt)).toEqual(plans);
  });

  it("weighs older equipment more, and never reports on a journey collège's screens in the last months", () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      planCollegeIncidents(
        { ...college(true), uai: `03500${String(i).padStart(2, "0")}X` },
        REFERENCE,
      ),
    ).flat();
    const linked = many.filter((p) => p.equipment);
    const age = (p: (typeof linked)[number]) =>
      (p.reportedAt.getTime() - p.equipment!.acquiredOn!.getTime()) / (365 * DAY);
    expect(linked.reduce((s, p) => s + age(p), 0) / linked.length).toBeGreaterThan(5);
    const recentScreens = linked.filter(
      (p) =>
        INTERACTIVE_SCREENS.includes(p.equipment!.category) &&
        REFERENCE.getTime() - p.reportedAt.getTime() < 120 * DAY,
    );
    expect(recentScreens).toEqual([]);
    expect(linked.filter((p) => p.mustClose).length).toBeGreaterThan(0);
  });
});
