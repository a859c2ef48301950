import type {
  CollegeStory,
  PlannedConvention,
  PlannedStep,
} from "@/prisma/seed/shared/conventions/plan-types";
import { prng } from "@/prisma/seed/shared/demo-random";

/** The demo's collèges: most conventions in force, a few in signature, drafts, expired and terminated ones. */
export const DEMO_STORY_SHARES: readonly [CollegeStory, number][] = [
  ["AUCUNE", 0.04],
  ["BROUILLON", 0.04],
  ["EN_SIGNATURE", 0.09],
  ["REFUSEE", 0.03],
  ["EN_VIGUEUR", 0.72],
  ["EXPIREE", 0.04],
  ["RESILIEE", 0.04],
];

/** Share of the tripartite conventions in force that end within the dashboards' 90 days. */
const EXPIRING_SHARE = 0.12;
const DAY = 86_400_000;

/** A convention in force (or its avenant) that ends soon: drawn from the convention's own key, so the avenant follows its convention. */
function endsSoon(key: string): boolean {
  return prng(`demo-echeance:${key}`).chance(EXPIRING_SHARE);
}

/** The last day of a month 30 to 85 days after `now`: a plausible end of a convention that expires soon. */
function soonEnd(key: string, now: Date): Date {
  const target = new Date(now.getTime() + prng(`demo-echeance-date:${key}`).int(30, 85) * DAY);
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
}

/**
 * Shapes a benchmark plan for the demo, whose walkthroughs need some steps free:
 * - in `reservedAcademie` (Rennes), nothing waits for the académie's signature but the demo's own
 *   three conventions (the DRANE's batch signature signs exactly those): a convention whose next
 *   step is the État's loses the signatures before it (it waits for the chef), or, if the État signs
 *   first (an avenant to a convention-cadre), goes back to draft;
 * - about one tripartite convention in force in eight ends within 90 days of `now`, with its avenant.
 * Pure and deterministic.
 */
export function adjustDemoPlan(
  plan: PlannedConvention,
  options: { now: Date; reservedAcademie: string },
): PlannedConvention {
  let adjusted = plan;
  const current = plan.versions.at(-1)!;
  const waiting = [...current.steps]
    .sort((a, b) => a.order - b.order)
    .find((s) => s.status === "EN_ATTENTE");
  if (
    plan.status === "EN_SIGNATURE" &&
    plan.academieCode === options.reservedAcademie &&
    waiting?.party === "ETAT"
  ) {
    const before = current.steps.filter((s) => s.order < waiting.order);
    const steps = current.steps.map((s): PlannedStep =>
      s.order < waiting.order ? { ...s, status: "EN_ATTENTE", decidedAt: null, offline: false } : s,
    );
    const version =
      before.length > 0
        ? { ...current, steps }
        : { ...current, status: "BROUILLON" as const, frozenAt: null, steps: [] };
    adjusted = {
      ...plan,
      status: before.length > 0 ? "EN_SIGNATURE" : "BROUILLON",
      versions: [...plan.versions.slice(0, -1), version],
    };
  }
  const owner = plan.kind === "AVENANT" ? plan.parentKey! : plan.key;
  const inForce =
    adjusted.completedAt !== null &&
    adjusted.terminated === null &&
    adjusted.endsOn.getTime() > options.now.getTime();
  const tripartite =
    plan.kind === "TRIPARTITE" || (plan.kind === "AVENANT" && owner.startsWith("CT:"));
  if (tripartite && (inForce || plan.kind === "AVENANT") && endsSoon(owner)) {
    // An avenant carries its convention's dates, whatever its own state.
    const endsOn = soonEnd(owner, options.now);
    if (endsOn.getTime() > adjusted.startsOn.getTime()) adjusted = { ...adjusted, endsOn };
  }
  return adjusted;
}
