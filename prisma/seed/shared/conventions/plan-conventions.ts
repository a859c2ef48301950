import { prng, seededKey, type Rng } from "@/prisma/seed/shared/demo-random";
import { KIND_PREFIXES } from "@/lib/conventions/labels";
import { todayInParis } from "@/lib/dates";
import { benchSeedKey } from "@/prisma/seed/shared/bench-constants";
import {
  type CollegeStory,
  DAY,
  DEFAULT_FRAME,
  type PlanFrame,
  type PlannedConvention,
  STORY_SHARES,
  frameDay,
} from "@/prisma/seed/shared/conventions/plan-types";
import {
  CADRE_ORDER,
  type Draft,
  TERMINATIONS,
  TRIPARTITE_ORDER,
  after,
  betweenIn,
  draftConvention,
  pendingDepth,
  signedConvention,
} from "@/prisma/seed/shared/conventions/plan-signatures";
import { avenantOf, refusedConvention } from "@/prisma/seed/shared/conventions/plan-refusals";

/**
 * A collectivité's convention-cadre with its académie, signed in spring 2024 and in force from
 * September 2024 for five school years; a quarter of them have an avenant (in force, in
 * signature or draft). Deterministic.
 */
export function planCadre(
  collectivite: { code: string; academieCode: string },
  seed: number,
  frame: PlanFrame = DEFAULT_FRAME,
): PlannedConvention[] {
  const rng = prng(seededKey(`cadre:${collectivite.code}`, benchSeedKey(seed)));
  const until = frameDay(frame);
  const createdAt = betweenIn(rng, frame, "2024-02-01", "2024-03-15");
  // From the September after its signature, for five school years.
  const firstYear =
    createdAt.getUTCMonth() >= 8 ? createdAt.getUTCFullYear() + 1 : createdAt.getUTCFullYear();
  const draft: Draft = {
    key: `CC:${collectivite.code}`,
    kind: "CADRE",
    collectiviteCode: collectivite.code,
    academieCode: collectivite.academieCode,
    uai: null,
    parentKey: null,
    order: CADRE_ORDER,
    createdAt,
    dates: {
      startsOn: new Date(Date.UTC(firstYear, 8, 1)),
      endsOn: new Date(Date.UTC(firstYear + 5, 7, 31)),
    },
  };
  const cadre = signedConvention(rng, draft, CADRE_ORDER.length, until);
  if (!rng.chance(0.25)) return [cadre];
  return [
    cadre,
    avenantOf(rng, cadre, CADRE_ORDER, betweenIn(rng, frame, "2025-09-15", "2026-06-30"), until),
  ];
}

/** The story of one collège, drawn from the seed. */
export function drawStory(
  uai: string,
  seed: number,
  shares: readonly [CollegeStory, number][] = STORY_SHARES,
): CollegeStory {
  const r = prng(seededKey(`histoire:${uai}`, benchSeedKey(seed))).next();
  let sum = 0;
  for (const [story, share] of shares) {
    sum += share;
    if (r < sum) return story;
  }
  return "EN_VIGUEUR";
}

/**
 * The tripartite conventions of one public collège, by its story: none; a draft; in signature
 * (0–2 of 3 signed); refused then version 2; in force since 2024 (with an avenant for 12 %, the
 * expired 2021 convention before it for 20 %); expired (2021–2023, half with a draft renewal);
 * terminated (half with a new one). Conventions created once the convention-cadre is in force
 * hang under it. Deterministic.
 */
export function planCollegeConventions(
  college: { uai: string; academieCode: string; collectiviteCode: string },
  cadre: { key: string; completedAt: Date | null } | null,
  seed: number,
  frame: PlanFrame = DEFAULT_FRAME,
): PlannedConvention[] {
  const story = drawStory(college.uai, seed, frame.shares);
  const until = frameDay(frame);
  const between = (rng: Rng, fromIso: string, toIso: string) =>
    betweenIn(rng, frame, fromIso, toIso);
  const rng = prng(seededKey(`conventions:${college.uai}`, benchSeedKey(seed)));
  const base = (suffix: string, createdAt: Date): Draft => ({
    key: `CT:${college.uai}:${suffix}`,
    kind: "TRIPARTITE",
    collectiviteCode: college.collectiviteCode,
    academieCode: college.academieCode,
    uai: college.uai,
    parentKey: cadre?.completedAt && cadre.completedAt < createdAt ? cadre.key : null,
    order: TRIPARTITE_ORDER,
    createdAt,
  });
  const expired = () =>
    signedConvention(
      rng,
      base("2021", between(rng, "2021-02-01", "2021-06-15")),
      TRIPARTITE_ORDER.length,
      until,
    );
  const renewalDraft = () =>
    draftConvention(base("2026", between(rng, "2026-09-07", "2026-11-13")));

  switch (story) {
    case "AUCUNE":
      return [];
    case "BROUILLON":
      return [renewalDraft()];
    case "EN_SIGNATURE":
      return [
        signedConvention(
          rng,
          base("2026", between(rng, "2026-03-02", "2026-10-16")),
          pendingDepth(rng),
          until,
        ),
      ];
    case "REFUSEE":
      return [
        refusedConvention(rng, base("2026", between(rng, "2025-11-03", "2026-06-30")), until),
      ];
    case "EN_VIGUEUR": {
      const previous = rng.chance(0.2) ? [expired()] : [];
      const current = signedConvention(
        rng,
        base("2024", between(rng, "2024-08-01", "2025-05-30")),
        TRIPARTITE_ORDER.length,
        until,
      );
      const avenantAt = current.completedAt ? after(rng, current.completedAt, 60, 400) : null;
      const avenant =
        rng.chance(0.12) && avenantAt && avenantAt < new Date(until.getTime() - 40 * DAY)
          ? [avenantOf(rng, current, TRIPARTITE_ORDER, avenantAt, until)]
          : [];
      return [...previous, current, ...avenant];
    }
    case "EXPIREE":
      return [expired(), ...(rng.chance(0.5) ? [renewalDraft()] : [])];
    case "RESILIEE": {
      const terminated = signedConvention(
        rng,
        base("2023", between(rng, "2023-09-04", "2024-03-29")),
        TRIPARTITE_ORDER.length,
        until,
      );
      const on = between(rng, "2025-01-06", "2026-06-30");
      terminated.status = "RESILIEE";
      terminated.terminated = {
        on: new Date(Math.floor(on.getTime() / DAY) * DAY),
        at: on,
        reason: rng.pick(TERMINATIONS),
      };
      if (!rng.chance(0.5)) return [terminated];
      const next = after(rng, on, 30, 120);
      const replacement =
        next < new Date(until.getTime() - 35 * DAY)
          ? signedConvention(rng, base("2025", next), pendingDepth(rng), until)
          : draftConvention(
              base("2025", new Date(Math.min(next.getTime(), until.getTime() - 2 * DAY))),
            );
      return [terminated, replacement];
    }
  }
}

/**
 * References « CT-59-2024-0007 » as the product numbers them: per kind, collectivité and year of
 * creation (Paris time), in order of creation. Deterministic for a given set of conventions.
 */
export function assignReferences(plans: readonly PlannedConvention[]): Map<string, string> {
  const groups = new Map<string, PlannedConvention[]>();
  for (const plan of plans) {
    const prefix = `${KIND_PREFIXES[plan.kind]}-${plan.collectiviteCode}-${todayInParis(plan.createdAt).getUTCFullYear()}-`;
    groups.set(prefix, [...(groups.get(prefix) ?? []), plan]);
  }
  const references = new Map<string, string>();
  for (const [prefix, members] of groups) {
    members.sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.key.localeCompare(b.key),
    );
    members.forEach((plan, i) =>
      references.set(plan.key, `${prefix}${String(i + 1).padStart(4, "0")}`),
    );
  }
  return references;
}
