import type {
  ConventionParty,
  IncidentEventKind,
  IncidentStatus,
} from "@/lib/generated/prisma/enums";
import type { ServiceLevelTarget } from "@/lib/assistance/service-level";
import {
  addWorkingMinutes,
  workingMinutesBetween,
  type Pause,
  type WorkCalendar,
} from "@/lib/assistance/working-time";

// An incident's state, replayed step by step as the lifecycle functions of lib/assistance write
// it: the seed writes the same columns those functions would have, without calling them one by one.

/** Who acts in a step: a demo account (id) or a fictitious person without an account (null). */
export interface Actor {
  id: string | null;
  name: string;
  party: ConventionParty | null;
}

export type Step = { kind: IncidentEventKind; at: Date; actor: Actor; body?: string | null } & (
  | { kind: "SIGNALE" | "PRIS_EN_CHARGE" | "REPRIS" | "CONFIRME" | "CLOS_AUTO" | "ROUVERT" }
  | { kind: "COMMENTAIRE"; internal: boolean }
  | { kind: "MIS_EN_ATTENTE"; waitingFor: "EN_ATTENTE_COLLEGE" | "EN_ATTENTE_FOURNISSEUR" }
  | { kind: "RESOLU"; resolution: string }
  | { kind: "REAIGUILLE"; party: ConventionParty; level: string; target: ServiceLevelTarget }
);

export interface EventRow {
  kind: IncidentEventKind;
  at: Date;
  actorId: string | null;
  actorName: string;
  actorParty: ConventionParty | null;
  fromStatus: IncidentStatus | null;
  toStatus: IncidentStatus;
  party: ConventionParty | null;
  level: string | null;
  body: string | null;
  internal: boolean;
}

export interface PauseRow extends Pause {
  reason: IncidentStatus;
}

/** The columns of an incident that its steps move. */
export interface IncidentState {
  status: IncidentStatus;
  party: ConventionParty;
  level: string;
  slaLabel: string | null;
  takeChargeTargetMinutes: number | null;
  resolveTargetMinutes: number | null;
  calendar: WorkCalendar;
  takeChargeDueAt: Date | null;
  resolveDueAt: Date | null;
  takenAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  takeChargeWorkMinutes: number | null;
  resolveWorkMinutes: number | null;
  assigneeId: string | null;
  resolution: string | null;
  reopenCount: number;
  /** Since when the current queue has it: the report, or the last re-route. */
  since: Date;
  pauses: PauseRow[];
  events: EventRow[];
}

const due = (from: Date, minutes: number | null, calendar: WorkCalendar, pauses?: Pause[]) =>
  minutes === null ? null : addWorkingMinutes(from, minutes, calendar, pauses);

/** The state right after the report, routed to `target` of `party` at `level`. */
export function reported(
  at: Date,
  party: ConventionParty,
  level: string,
  target: ServiceLevelTarget,
): IncidentState {
  return {
    status: "NOUVEAU",
    party,
    level,
    slaLabel: target.label,
    takeChargeTargetMinutes: target.takeChargeMinutes,
    resolveTargetMinutes: target.resolveMinutes,
    calendar: target.calendar,
    takeChargeDueAt: due(at, target.takeChargeMinutes, target.calendar),
    resolveDueAt: due(at, target.resolveMinutes, target.calendar),
    takenAt: null,
    resolvedAt: null,
    closedAt: null,
    takeChargeWorkMinutes: null,
    resolveWorkMinutes: null,
    assigneeId: null,
    resolution: null,
    reopenCount: 0,
    since: at,
    pauses: [],
    events: [],
  };
}

/** Applies one step to the state (in place), as the lifecycle function of its kind would. */
export function apply(s: IncidentState, step: Step, reportedAt: Date): void {
  const fromStatus = s.status;
  const endPause = () => {
    const open = s.pauses.find((p) => p.endedAt === null);
    if (open) open.endedAt = step.at;
  };
  const resolveDue = () => due(reportedAt, s.resolveTargetMinutes, s.calendar, s.pauses);
  let event: Partial<EventRow> = {};
  switch (step.kind) {
    case "SIGNALE":
      event = { party: s.party, level: s.level };
      break;
    case "REAIGUILLE":
      endPause();
      Object.assign(s, {
        party: step.party,
        level: step.level,
        status: "NOUVEAU",
        assigneeId: null,
        takenAt: null,
        takeChargeWorkMinutes: null,
        slaLabel: step.target.label,
        takeChargeTargetMinutes: step.target.takeChargeMinutes,
        resolveTargetMinutes: step.target.resolveMinutes,
        calendar: step.target.calendar,
        takeChargeDueAt: due(step.at, step.target.takeChargeMinutes, step.target.calendar),
        since: step.at,
      });
      s.resolveDueAt = resolveDue();
      event = { party: step.party, level: step.level };
      break;
    case "PRIS_EN_CHARGE":
      s.status = "PRIS_EN_CHARGE";
      s.takenAt = step.at;
      s.takeChargeWorkMinutes = workingMinutesBetween(s.since, step.at, s.calendar);
      s.assigneeId ??= step.actor.id;
      break;
    case "MIS_EN_ATTENTE":
      s.status = step.waitingFor;
      s.resolveDueAt = null;
      s.pauses.push({ reason: step.waitingFor, startedAt: step.at, endedAt: null });
      break;
    case "REPRIS":
      endPause();
      s.status = "PRIS_EN_CHARGE";
      s.resolveDueAt = resolveDue();
      break;
    case "RESOLU":
      endPause();
      Object.assign(s, {
        status: "RESOLU",
        resolvedAt: step.at,
        resolution: step.resolution,
        resolveDueAt: null,
        resolveWorkMinutes: workingMinutesBetween(reportedAt, step.at, s.calendar, s.pauses),
      });
      break;
    case "CONFIRME":
    case "CLOS_AUTO":
      s.status = "CLOS";
      s.closedAt = step.at;
      break;
    case "ROUVERT":
      s.pauses.push({ reason: "RESOLU", startedAt: s.resolvedAt ?? step.at, endedAt: step.at });
      Object.assign(s, {
        status: "PRIS_EN_CHARGE",
        resolvedAt: null,
        closedAt: null,
        resolveWorkMinutes: null,
        reopenCount: s.reopenCount + 1,
      });
      s.resolveDueAt = resolveDue();
      break;
    case "COMMENTAIRE":
      event = { internal: step.internal };
      break;
  }
  s.events.push({
    kind: step.kind,
    at: step.at,
    actorId: step.actor.id,
    actorName: step.actor.name,
    actorParty: step.actor.party,
    fromStatus: step.kind === "SIGNALE" ? null : fromStatus,
    toStatus: s.status,
    party: null,
    level: null,
    body: step.body ?? null,
    internal: false,
    ...event,
  });
}
