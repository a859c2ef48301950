import { describe, expect, it } from "vitest";
import { BENCH_NOW } from "@/prisma/seed/shared/bench-constants";
import {
  assignReferences,
  drawStory,
  planCadre,
  planCollegeConventions,
} from "@/prisma/seed/shared/conventions/plan-conventions";
import { STORY_SHARES, type PlannedConvention } from "@/prisma/seed/shared/conventions/plan-types";

const uais = Array.from(
  { length: 400 },
  (_, i) => `059${String(1000 + i * 7).padStart(4, "0")}${"ABCDEFGHJK"[i % 10]}`,
);
const cadreOf = (seed: number) => planCadre({ code: "59", academieCode: "09" }, seed);
const plansOf = (seed: number) => {
  const cadre = cadreOf(seed)[0]!;
  return uais.flatMap((uai) =>
    planCollegeConventions({ uai, academieCode: "09", collectiviteCode: "59" }, cadre, seed),
  );
};
/** Signatures of the current version. */
const signedSteps = (plan: PlannedConvention) =>
  plan.versions
    .at(-1)!
    .steps.filter((s) => s.status === "SIGNEE" || s.status === "SIGNEE_HORS_PLATEFORME");
/** In signature or draft, or in force and not expired: a collège has at most one (createConvention refuses a second). */
const active = (p: PlannedConvention) =>
  p.kind === "TRIPARTITE" &&
  (p.status === "BROUILLON" ||
    p.status === "EN_SIGNATURE" ||
    (p.status === "EN_VIGUEUR" && p.endsOn >= BENCH_NOW));

describe("planCollegeConventions", () => {
  it("plans the same conventions for the same seed, others for another seed", () => {
    expect(plansOf(1)).toEqual(plansOf(1));
    expect(plansOf(2)).not.toEqual(plansOf(1));
    expect(cadreOf(1)).toEqual(cadreOf(1));
  });

  it("covers every state: drafts, in signature at each step, refused and replaced, in force, expired, terminated, avenants", () => {
    const plans = plansOf(1);
    const statuses = new Set(plans.map((p) => `${p.kind} ${p.status}`));
    for (const s of [
      "TRIPARTITE BROUILLON",
      "TRIPARTITE EN_SIGNATURE",
      "TRIPARTITE EN_VIGUEUR",
      "TRIPARTITE RESILIEE",
      "AVENANT EN_VIGUEUR",
      "AVENANT EN_SIGNATURE",
    ]) {
      expect(statuses, s).toContain(s);
    }
    expect(plans.some((p) => p.status === "EN_VIGUEUR" && p.endsOn < BENCH_NOW)).toBe(true);
    expect(
      plans.some((p) =>
        p.versions.some(
          (v) =>
            v.status === "REMPLACEE" &&
            v.steps.some((s) => s.status === "REFUSEE" && s.refusalReason),
        ),
      ),
    ).toBe(true);
    const pending = plans
      .filter((p) => p.status === "EN_SIGNATURE")
      .map((p) => signedSteps(p).length);
    expect(new Set(pending)).toEqual(new Set([0, 1, 2]));
    expect(plans.some((p) => signedSteps(p).some((s) => s.offline))).toBe(true);
  });

  it("keeps the shares of the stories, a collège at most one active convention, every date before the dataset's day", () => {
    const counts = new Map<string, number>();
    for (const uai of uais) counts.set(drawStory(uai, 1), (counts.get(drawStory(uai, 1)) ?? 0) + 1);
    for (const [story, share] of STORY_SHARES)
      expect(Math.abs((counts.get(story) ?? 0) / uais.length - share), story).toBeLessThan(0.05);
    const plans = plansOf(1);
    for (const uai of uais)
      expect(plans.filter((p) => p.uai === uai && active(p)).length, uai).toBeLessThanOrEqual(1);
    for (const plan of plans) {
      const dates = [
        plan.createdAt,
        plan.completedAt,
        plan.terminated?.at,
        ...plan.versions.flatMap((v) => [
          v.createdAt,
          v.frozenAt,
          ...v.steps.map((s) => s.decidedAt),
        ]),
      ];
      for (const date of dates)
        if (date) expect(date.getTime(), plan.key).toBeLessThanOrEqual(BENCH_NOW.getTime());
      expect(plan.startsOn.getTime()).toBeLessThan(plan.endsOn.getTime());
    }
  });

  it("signs in the signing order, one party after the other, and enters into force at the last signature", () => {
    for (const plan of [...plansOf(1), ...cadreOf(1)]) {
      for (const version of plan.versions) {
        const ordered = [...version.steps].sort((a, b) => a.order - b.order);
        const decided = ordered.filter((s) => s.decidedAt);
        // Signed or refused steps come first in order, each after the previous and after the freezing.
        expect(ordered.slice(0, decided.length)).toEqual(decided);
        decided.reduce((previous, s) => {
          expect(s.decidedAt!.getTime()).toBeGreaterThan(previous);
          return s.decidedAt!.getTime();
        }, version.frozenAt?.getTime() ?? 0);
        if (!version.frozenAt) expect(version.steps).toEqual([]);
      }
      const last = plan.versions.at(-1)!;
      const allSigned =
        last.steps.length > 0 &&
        last.steps.every((s) => s.status === "SIGNEE" || s.status === "SIGNEE_HORS_PLATEFORME");
      expect(plan.completedAt !== null, plan.key).toBe(allSigned);
      if (plan.completedAt)
        expect(plan.completedAt.getTime()).toBe(
          Math.max(...last.steps.map((s) => s.decidedAt!.getTime())),
        );
      expect(["EN_VIGUEUR", "RESILIEE"].includes(plan.status)).toBe(plan.completedAt !== null);
      if (plan.terminated) {
        expect(plan.terminated.on.getTime()).toBeGreaterThanOrEqual(plan.startsOn.getTime());
        expect(plan.terminated.at.getTime()).toBeGreaterThan(plan.completedAt!.getTime());
      }
    }
  });

  it("hangs tripartite conventions under the cadre once it is in force, avenants under conventions in force", () => {
    const cadre = cadreOf(1)[0]!;
    const plans = plansOf(1);
    const byKey = new Map(plans.map((p) => [p.key, p]));
    for (const plan of plans) {
      if (plan.kind === "TRIPARTITE")
        expect(plan.parentKey === cadre.key).toBe(plan.createdAt > cadre.completedAt!);
      if (plan.kind === "AVENANT") {
        const parent = byKey.get(plan.parentKey!)!;
        expect(parent.status).toBe("EN_VIGUEUR");
        expect(plan.createdAt.getTime()).toBeGreaterThan(parent.completedAt!.getTime());
        expect([plan.startsOn, plan.endsOn]).toEqual([parent.startsOn, parent.endsOn]);
      }
    }
  });
});

describe("assignReferences", () => {
  it("numbers conventions per kind, collectivité and year of creation, in order of creation", () => {
    const plans = [...cadreOf(1), ...plansOf(1)];
    const references = assignReferences(plans);
    expect(new Set(references.values()).size).toBe(plans.length);
    for (const plan of plans)
      expect(references.get(plan.key)).toMatch(
        new RegExp(`^(CT|CC|AV)-59-${plan.createdAt.getUTCFullYear()}-\\d{4}$`),
      );
    const of2024 = plans
      .filter((p) => references.get(p.key)!.startsWith("CT-59-2024-"))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    expect(of2024.map((p) => references.get(p.key))).toEqual(
      of2024.map((_, i) => `CT-59-2024-${String(i + 1).padStart(4, "0")}`),
    );
  });
});
