import type {
  ConventionKind,
  ConventionParty,
  ConventionStatus,
  ConventionVersionStatus,
  SignatureStatus,
} from "@/lib/generated/prisma/enums";
import { BENCH_NOW } from "@/prisma/seed/shared/bench-constants";

// The story of every convention of the benchmark, as plain data: who signed what and when. The
// writer (seed-conventions.ts) replays it through the product's own freezing and completion code.

export interface PlannedStep {
  party: ConventionParty;
  order: number;
  status: SignatureStatus;
  decidedAt: Date | null;
  /** Signed on paper: recorded by the collectivité with a scanned copy. */
  offline: boolean;
  refusalReason: string | null;
}

export interface PlannedVersion {
  number: number;
  /** Final status; the version a completion puts in force is written EN_SIGNATURE and completed. */
  status: ConventionVersionStatus;
  createdAt: Date;
  frozenAt: Date | null;
  steps: PlannedStep[];
}

export interface PlannedConvention {
  /** Natural key, stable whatever the départements chosen: ids and references derive from it. */
  key: string;
  kind: ConventionKind;
  collectiviteCode: string;
  academieCode: string;
  uai: string | null;
  parentKey: string | null;
  /** Final status (RESILIEE after a termination, EN_VIGUEUR even when expired). */
  status: ConventionStatus;
  createdAt: Date;
  startsOn: Date;
  endsOn: Date;
  versions: PlannedVersion[];
  /** The last signature of the last version: it enters into force then. */
  completedAt: Date | null;
  terminated: { on: Date; at: Date; reason: string } | null;
}

export type CollegeStory =
  "AUCUNE" | "BROUILLON" | "EN_SIGNATURE" | "REFUSEE" | "EN_VIGUEUR" | "EXPIREE" | "RESILIEE";

/** Shares of the collèges' stories: most conventions in force, every state represented. */
export const STORY_SHARES: readonly [CollegeStory, number][] = [
  ["AUCUNE", 0.06],
  ["BROUILLON", 0.1],
  ["EN_SIGNATURE", 0.2],
  ["REFUSEE", 0.06],
  ["EN_VIGUEUR", 0.44],
  ["EXPIREE", 0.07],
  ["RESILIEE", 0.07],
];

export const DAY = 86_400_000;
const WEEK = 7 * DAY;

/**
 * The calendar a plan is drawn in: the benchmark's day moved by `shiftDays` (whole weeks, so
 * working days stay working days), and every date of the stories with it. The benchmark keeps 0.
 */
export interface PlanFrame {
  shiftDays: number;
  shares: readonly [CollegeStory, number][];
}

export const DEFAULT_FRAME: PlanFrame = { shiftDays: 0, shares: STORY_SHARES };

/** The shift that brings the benchmark's day to the last same weekday on or before `now`: every planned date is then past. */
export function frameShiftDays(now: Date): number {
  return Math.floor((now.getTime() - BENCH_NOW.getTime()) / WEEK) * 7;
}

/** The day a frame's stories end on: nothing is planned after it. */
export const frameDay = (frame: Pick<PlanFrame, "shiftDays">) =>
  new Date(BENCH_NOW.getTime() + frame.shiftDays * DAY);
