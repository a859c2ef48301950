import { describe, expect, it } from "vitest";
import {
  frameShiftDays,
  type PlannedConvention,
} from "@/prisma/seed/shared/conventions/plan-types";
import {
  planCadre,
  planCollegeConventions,
} from "@/prisma/seed/shared/conventions/plan-conventions";
import { adjustDemoPlan, DEMO_STORY_SHARES } from "@/prisma/seed/demo-convention-stories";

const now = new Date("2026-11-22T10:00:00Z");
const frame = { shiftDays: frameShiftDays(now), shares: DEMO_STORY_SHARES };
const uais = Array.from(
  { length: 300 },
  (_, i) => `035${String(1000 + i * 7).padStart(4, "0")}${"ABCDEFGHJK"[i % 10]}`,
);
const adjust = (plan: PlannedConvention) => adjustDemoPlan(plan, { now, reservedAcademie: "14" });
const plansOf = (academieCode: string) => {
  const cadres = planCadre({ code: "35", academieCode }, 35, frame).map(adjust);
  return [
    ...cadres,
    ...uais.flatMap((uai) =>
      planCollegeConventions(
        { uai, academieCode, collectiviteCode: "35" },
        cadres[0]!,
        35,
        frame,
      ).map(adjust),
    ),
  ];
};
const nextParty = (plan: PlannedConvention) =>
  [...plan.versions.at(-1)!.steps]
    .sort((a, b) => a.order - b.order)
    .find((s) => s.status === "EN_ATTENTE")?.party;
const DAY = 86_400_000;

describe("adjustDemoPlan", () => {
  it("leaves nothing awaiting the reserved académie, elsewhere keeps every step", () => {
    const rennes = plansOf("14");
    expect(rennes.filter((p) => p.status === "EN_SIGNATURE" && nextParty(p) === "ETAT")).toEqual(
      [],
    );
    expect(rennes.some((p) => p.status === "EN_SIGNATURE" && nextParty(p) === "EPLE")).toBe(true);
    expect(rennes.some((p) => p.status === "EN_SIGNATURE" && nextParty(p) === "COLLECTIVITE")).toBe(
      true,
    );
    expect(plansOf("70").some((p) => p.status === "EN_SIGNATURE" && nextParty(p) === "ETAT")).toBe(
      true,
    );
  });

  it("puts most collèges in force, a few expiring within 90 days with their avenants, every date before now", () => {
    const plans = plansOf("14");
    const inForce = plans.filter(
      (p) => p.kind === "TRIPARTITE" && p.status === "EN_VIGUEUR" && p.endsOn > now,
    );
    expect(inForce.length / uais.length).toBeGreaterThan(0.6);
    expect(inForce.length / uais.length).toBeLessThan(0.8);
    const soon = inForce.filter((p) => p.endsOn.getTime() <= now.getTime() + 90 * DAY);
    expect(soon.length).toBeGreaterThan(0);
    const byKey = new Map(plans.map((p) => [p.key, p]));
    for (const avenant of plans.filter((p) => p.kind === "AVENANT"))
      expect(avenant.endsOn).toEqual(byKey.get(avenant.parentKey!)!.endsOn);
    for (const plan of plans) {
      for (const date of [
        plan.createdAt,
        plan.completedAt,
        ...plan.versions.flatMap((v) => [v.frozenAt, ...v.steps.map((s) => s.decidedAt)]),
      ]) {
        if (date) expect(date.getTime(), plan.key).toBeLessThanOrEqual(now.getTime());
      }
      expect(plan.startsOn.getTime()).toBeLessThan(plan.endsOn.getTime());
    }
  });
});
