import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { PAUSED_STATUSES } from "@/lib/assistance/vocabulary";
import { workingMinutesBetween, type WorkCalendar } from "@/lib/assistance/working-time";

/*
 * Where an incident stands against its service level now: late, due soon (within four working
 * hours), on time, or held to no delay at all. The deadline that matters is the take-charge one
 * while nobody has taken it, then the resolution one.
 */

export const SLA_STATE_LABELS = {
  DEPASSE: "Échéance dépassée",
  BIENTOT: "À échéance dans moins de 4 h ouvrées",
  DANS_LES_DELAIS: "Dans les délais",
  SANS_ENGAGEMENT: "Sans engagement de délai",
} as const;
export type SlaState = keyof typeof SLA_STATE_LABELS;

/** The words of the states that have no deadline to show: held, and done within or past it. */
export const SLA_OUTCOME_LABELS = {
  EN_PAUSE: "Délai suspendu (en attente)",
  met: "Résolu dans les délais",
  missed: "Résolu hors délai",
} as const;

/** « Bientôt » means within this many working minutes. */
export const DUE_SOON_MINUTES = 4 * 60;

export interface SlaClock {
  status: IncidentStatus;
  takeChargeDueAt: Date | null;
  resolveDueAt: Date | null;
  takeChargeTargetMinutes: number | null;
  resolveTargetMinutes: number | null;
  resolveWorkMinutes: number | null;
  calendar: WorkCalendar;
}

export interface SlaPosition {
  state: SlaState | "EN_PAUSE" | "TERMINE";
  /** The deadline that matters now, if any. */
  dueAt: Date | null;
  /** Which one it is. */
  dueKind: "prise en charge" | "résolution" | null;
  /** Working minutes left before it (negative: late by that many). */
  remainingMinutes: number | null;
  /** For a resolved or closed incident: whether it was resolved within its target. */
  metTarget: boolean | null;
}

/** The deadline that matters now: take charge while new (the earlier of both), else resolve. */
export function currentDeadline(clock: SlaClock): Pick<SlaPosition, "dueAt" | "dueKind"> {
  const take = clock.status === "NOUVEAU" ? clock.takeChargeDueAt : null;
  const resolve = clock.resolveDueAt;
  if (take && (!resolve || take <= resolve)) return { dueAt: take, dueKind: "prise en charge" };
  if (resolve) return { dueAt: resolve, dueKind: "résolution" };
  return { dueAt: null, dueKind: null };
}

export function slaPosition(clock: SlaClock, now: Date): SlaPosition {
  const none = { dueAt: null, dueKind: null, remainingMinutes: null, metTarget: null };
  const committed = clock.takeChargeTargetMinutes !== null || clock.resolveTargetMinutes !== null;
  if (clock.status === "RESOLU" || clock.status === "CLOS")
    return {
      ...none,
      state: "TERMINE",
      metTarget:
        clock.resolveTargetMinutes === null || clock.resolveWorkMinutes === null
          ? null
          : clock.resolveWorkMinutes <= clock.resolveTargetMinutes,
    };
  if (!committed) return { ...none, state: "SANS_ENGAGEMENT" };
  if (PAUSED_STATUSES.includes(clock.status)) return { ...none, state: "EN_PAUSE" };
  const { dueAt, dueKind } = currentDeadline(clock);
  if (!dueAt) return { ...none, state: "SANS_ENGAGEMENT" };
  const remainingMinutes =
    dueAt <= now
      ? -workingMinutesBetween(dueAt, now, clock.calendar)
      : workingMinutesBetween(now, dueAt, clock.calendar);
  const state: SlaState =
    dueAt <= now ? "DEPASSE" : remainingMinutes < DUE_SOON_MINUTES ? "BIENTOT" : "DANS_LES_DELAIS";
  return { state, dueAt, dueKind, remainingMinutes, metTarget: null };
}

/** « 2 h 30 ouvrées », « 45 min ouvrées ». */
export function formatWorkingMinutes(minutes: number): string {
  const total = Math.abs(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} min ouvrées`;
  return `${hours} h${rest ? ` ${String(rest).padStart(2, "0")}` : ""} ouvrées`;
}
