import type { AllocationKind } from "@/lib/generated/prisma/enums";
import type { AutorisationAuditSource, BudgetLineAuditSource } from "@/lib/budgets/audit-values";
import { at, EUROS, prng, roundEuros, seededKey } from "@/prisma/seed/shared/demo-random";
import { lineSpecs, PLAN_LABEL, YEAR_FACTORS } from "@/prisma/seed/budgets/line-specs";

/** The demo budgets: the five exercices ending with the reference year. */
export const DEMO_BUDGET_REFERENCE_YEAR = 2026;
export const DEMO_BUDGET_EXERCICES = [2022, 2023, 2024, 2025, 2026] as const;

const FONCTION = "221";

const ratioOf = (cents: bigint, ratio: number) => roundEuros(Number(cents / EUROS) * ratio);

export interface DemoBudgetCollege {
  id: string;
  uai: string;
  /** Pupils of the latest rentrée. */
  effectif: number;
}

/** A budget line as the journal records it, keyed for the seed, without the AP's number. */
export interface DemoBudgetLineRow extends Omit<BudgetLineAuditSource, "autorisation"> {
  key: string;
  /** Carries the AP's payment credits of its exercice. */
  carriesAutorisation: boolean;
}

/** The AP as the journal records it (its kind and state are the seed's: AP, engagée). */
export interface DemoAutorisationRow extends Omit<
  AutorisationAuditSource,
  "kind" | "state" | "cp"
> {
  credits: { exercice: number; amountCents: bigint }[];
}

export interface DemoAllocationRow {
  etablissementId: string;
  exercice: number;
  kind: AllocationKind;
  label: string;
  amountCents: bigint;
  lineKey: string;
}

export interface DemoBudget {
  lines: DemoBudgetLineRow[];
  autorisation: DemoAutorisationRow;
  allocations: DemoAllocationRow[];
  /** Pupils of the open public collèges the figures are sized on. */
  pupils: number;
}

/**
 * The demo budget of a collectivité: lines of function 221 for 2022–2026 whose total voted is
 * 88–122 € per pupil of its open public collèges, past exercices 85–98 % mandated and 2026 partly;
 * the AP « Plan collèges numériques 2024–2028 » carried by the 21831 lines of 2024–2026 (CP = their
 * voted amounts, then 2027–2028 planned); a dotation per collège and exercice, proportional to its
 * pupils, within the 655111 line. Deterministic: the same code and collèges give the same figures;
 * a `seed` (the benchmark's) draws other figures of the same shape.
 */
export function generateDemoBudget(
  collectiviteCode: string,
  colleges: readonly DemoBudgetCollege[],
  seed?: string,
): DemoBudget {
  const rng = prng(seededKey(`budgets:${collectiviteCode}`, seed));
  const known = colleges.filter((c) => c.effectif > 0);
  const mean = known.length > 0 ? known.reduce((s, c) => s + c.effectif, 0) / known.length : 400;
  // A collège the data gives no pupils for counts as an average one.
  const pupilsOf = (c: DemoBudgetCollege) => (c.effectif > 0 ? c.effectif : Math.round(mean));
  const pupils = colleges.reduce((s, c) => s + pupilsOf(c), 0);
  const base = rng.between(100, 110);
  const lines: DemoBudgetLineRow[] = [];
  const allocations: DemoAllocationRow[] = [];

  for (const exercice of DEMO_BUDGET_EXERCICES) {
    const current = exercice === DEMO_BUDGET_REFERENCE_YEAR;
    const totalEuros =
      Math.max(1, pupils) * base * YEAR_FACTORS[exercice]! * rng.between(0.98, 1.02);
    const specs = lineSpecs(exercice);
    const weights = specs.map((s) => s.share * rng.between(0.9, 1.1));
    const sum = weights.reduce((a, b) => a + b, 0);
    specs.forEach((spec, i) => {
      const voted = roundEuros((totalEuros * weights[i]!) / sum, 100);
      const dm = rng.chance(0.45)
        ? roundEuros(Number(voted / EUROS) * rng.between(-0.06, 0.1), 100)
        : 0n;
      const key = `${exercice}:${spec.nature}:${spec.category}:${spec.funding}`;
      let engaged: bigint;
      let mandated: bigint;
      if (spec.category === "DOTATION") {
        // A small reserve stays for adjustments during the year; the rest is notified to the collèges.
        const pool = ratioOf(voted, 1 - rng.between(0.02, 0.04));
        let given = 0n;
        for (const college of colleges) {
          const amountCents =
            ((pool * BigInt(pupilsOf(college))) / BigInt(Math.max(1, pupils)) / EUROS) * EUROS;
          given += amountCents;
          allocations.push({
            etablissementId: college.id,
            exercice,
            kind: "DOTATION_FONCTIONNEMENT",
            label: `Dotation de fonctionnement ${exercice}`,
            amountCents,
            lineKey: key,
          });
        }
        engaged = given;
        mandated = current ? ratioOf(given, 2 / 3) : given;
      } else if (current) {
        engaged = ratioOf(voted, rng.between(0.78, 0.95));
        mandated = ratioOf(voted, rng.between(0.55, 0.75));
      } else {
        mandated = ratioOf(voted, rng.between(0.85, 0.98));
        engaged = mandated + ratioOf(voted, rng.between(0, 0.03));
        if (engaged > voted) engaged = voted;
      }
      lines.push({
        key,
        exercice,
        section: spec.section,
        chapitre: spec.chapitre,
        fonction: FONCTION,
        nature: spec.nature,
        label: spec.label,
        category: spec.category,
        funding: spec.funding,
        bpCents: voted - dm,
        dmCents: dm,
        engagedCents: engaged,
        mandatedCents: mandated,
        carriesAutorisation:
          spec.nature === "21831" && spec.funding === "COLLECTIVITE" && exercice >= 2024,
      });
    });
  }

  const carriers = lines.filter((l) => l.carriesAutorisation);
  const cp2026 = Number((carriers.at(-1)!.bpCents + carriers.at(-1)!.dmCents) / EUROS);
  const credits = [
    ...carriers.map((l) => ({ exercice: l.exercice, amountCents: l.bpCents + l.dmCents })),
    { exercice: 2027, amountCents: roundEuros(cp2026 * rng.between(0.95, 1.1), 1000) },
    { exercice: 2028, amountCents: roundEuros(cp2026 * rng.between(0.8, 1), 1000) },
  ];
  const amountCents = credits.reduce((s, c) => s + c.amountCents, 0n);
  // Multi-year contracts already engage part of 2027; what is affected covers that and more.
  let engagedCents =
    carriers.reduce((s, l) => s + l.engagedCents, 0n) +
    ratioOf(credits[3]!.amountCents, rng.between(0.2, 0.35));
  if (engagedCents > amountCents) engagedCents = amountCents;
  const affectedCents = engagedCents + ratioOf(amountCents - engagedCents, rng.between(0.3, 0.6));
  const autorisation: DemoAutorisationRow = {
    numero: `AP 2024-${String(rng.int(2, 9)).padStart(2, "0")}`,
    label: PLAN_LABEL,
    category: "EQUIPEMENT",
    votedOn: at(`${rng.pick(["2024-03-14", "2024-03-21", "2024-03-22", "2024-03-28"])}T00:00:00`),
    amountCents,
    affectedCents,
    engagedCents,
    credits,
  };
  return { lines, autorisation, allocations, pupils };
}
