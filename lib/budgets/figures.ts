import { formatDecimal } from "@/lib/format";

/** Amounts of a line or of a group of lines, in cents. */
export interface BudgetAmounts {
  bp: bigint;
  dm: bigint;
  engaged: bigint;
  mandated: bigint;
}

export interface BudgetFigures extends BudgetAmounts {
  voted: bigint;
  /** mandaté / voté, null when nothing is voted. */
  executionRate: number | null;
}

/** Execution rate = mandaté / voté (M57: execution comes from mandats); null when nothing is voted. */
export function executionRate(mandated: bigint, voted: bigint): number | null {
  if (voted <= 0n) return null;
  // Per ten thousand in integers, so large amounts keep their precision before the division.
  return Number((mandated * 10_000n) / voted) / 10_000;
}

export function figuresOf(amounts: BudgetAmounts): BudgetFigures {
  const voted = amounts.bp + amounts.dm;
  return { ...amounts, voted, executionRate: executionRate(amounts.mandated, voted) };
}

/** Sums of a group as Prisma's aggregate returns them (null for an empty group). */
export function figuresOfSums(sums: {
  bpCents: bigint | null;
  dmCents: bigint | null;
  engagedCents: bigint | null;
  mandatedCents: bigint | null;
}): BudgetFigures {
  return figuresOf({
    bp: sums.bpCents ?? 0n,
    dm: sums.dmCents ?? 0n,
    engaged: sums.engagedCents ?? 0n,
    mandated: sums.mandatedCents ?? 0n,
  });
}

/** « 42,5 % », or « — » without a rate. */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${formatDecimal(rate * 100)} %`;
}

/** The field's range of a digital budget per pupil and per year (domain.md § Budgets). */
export const PER_PUPIL_RANGE = { min: 75, max: 125 } as const;

export type RangePosition = "SOUS" | "DANS" | "AU_DESSUS";

export const RANGE_POSITION_LABELS: Record<RangePosition, string> = {
  SOUS: "en dessous de la fourchette",
  DANS: "dans la fourchette",
  AU_DESSUS: "au-dessus de la fourchette",
};

export function rangePositionOf(eurosPerPupil: number): RangePosition {
  if (eurosPerPupil < PER_PUPIL_RANGE.min) return "SOUS";
  if (eurosPerPupil > PER_PUPIL_RANGE.max) return "AU_DESSUS";
  return "DANS";
}

/** Voted cents per pupil, in euros (two decimals); null without pupils. */
export function eurosPerPupil(votedCents: bigint, pupils: number): number | null {
  if (pupils <= 0) return null;
  return Math.round(Number(votedCents) / pupils) / 100;
}
