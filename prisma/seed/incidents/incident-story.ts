import type { ConventionParty } from "@/lib/generated/prisma/enums";
import type { Route } from "@/lib/assistance/routing";
import { NO_ASSISTANCE } from "@/lib/conventions/content";
import { serviceLevelFor } from "@/lib/assistance/service-level";
import type { AssistanceDomain } from "@/lib/assistance/vocabulary";
import { addWorkingMinutes, localDay, zonedInstant } from "@/lib/assistance/working-time";
import { prng } from "@/prisma/seed/shared/demo-random";
import type { PlannedIncident } from "@/prisma/seed/incidents/plan-incidents";
import {
  apply,
  reported,
  type Actor,
  type EventRow,
  type IncidentState,
  type Step,
} from "@/prisma/seed/incidents/incident-replay";
import {
  COLLEGE_WAITS,
  DISPOSAL_REASON,
  GENERIC_RESOLUTION,
  HANDLER_NOTES,
  REOPEN_REASONS,
  REPORTER_COMMENTS,
  RESOLUTIONS,
  REROUTES,
  SUPPLIER_WAITS,
  type Reroute,
} from "@/prisma/seed/incidents/incident-texts";

export interface StoryPeople {
  /** Who reported: the collège's staff, or a technician on a round. */
  reporter: Actor;
  /** Who confirms or reopens for the collège. */
  college: Actor;
  /** Who handles the queue of a party. */
  handler: (party: ConventionParty) => Actor;
}

export interface Story {
  state: IncidentState;
  /** When the collectivité retired the equipment on resolving, if it did. */
  retiredAt: Date | null;
}

const DAY = 86_400_000;
/** Steps a handler takes: the author of an internal note made after them. */
const HANDLER_KINDS: readonly EventRow["kind"][] = [
  "PRIS_EN_CHARGE",
  "MIS_EN_ATTENTE",
  "REPRIS",
  "RESOLU",
];
const AUTO_CLOSE: Actor = { id: null, name: "Tripartite (clôture automatique)", party: null };
/** The daily auto-close job runs at 3 am, Paris time. */
const AUTO_CLOSE_MINUTE = 3 * 60;
/** Domains whose trouble may come from a national application, the State's. */
const MAYBE_NATIONAL: readonly AssistanceDomain[] = [
  "POSTES_PERIPHERIQUES",
  "LOGICIELS_PEDAGOGIQUES",
  "ENT",
];
/** Domains a référent of the collège may fix at level N1. */
const SIMPLE_FIX: readonly AssistanceDomain[] = [
  "POSTES_PERIPHERIQUES",
  "ECRANS_VIDEOPROJECTION",
  "IMPRESSION",
];

function reroutesFor(plan: PlannedIncident, s: IncidentState): Reroute[] {
  return (REROUTES[s.party] ?? []).filter(
    (r) =>
      !(r.party === s.party && r.level === s.level) &&
      (r.party !== "ETAT" || MAYBE_NATIONAL.includes(plan.domain)) &&
      (r.party !== "EPLE" || SIMPLE_FIX.includes(plan.domain)) &&
      (r.level !== "N3" || plan.equipment !== null),
  );
}

function autoCloseAt(resolvedAt: Date, days: number): Date {
  const due = resolvedAt.getTime() + days * DAY;
  const day = localDay(due, "Europe/Paris");
  const run = zonedInstant(day, AUTO_CLOSE_MINUTE, "Europe/Paris");
  return new Date(
    run >= due
      ? run
      : zonedInstant(localDay(due + DAY, "Europe/Paris"), AUTO_CLOSE_MINUTE, "Europe/Paris"),
  );
}

/**
 * The life of one reported incident, drawn from its own key, stopped at `reference`: taken in
 * charge (late about one time in thirty), sometimes re-routed, paused for a supplier or the
 * collège, resolved (late about one time in twenty), sometimes reopened, then confirmed or
 * closed by the daily job. Every instant comes from the working-time clock of the level it is at.
 */
export function tellStory(
  plan: PlannedIncident,
  route: Route,
  college: { academieCode: string; departementCode: string },
  reference: Date,
  people: StoryPeople,
): Story {
  const rng = prng(plan.key);
  const R = plan.reportedAt;
  const s = reported(R, route.party, route.level, route.serviceLevel);
  const story: Story = { state: s, retiredAt: null };
  const push = (step: Step) => {
    if (step.at.getTime() > reference.getTime()) return false;
    apply(s, step, R);
    return true;
  };
  const after = (from: Date, minutes: number) =>
    addWorkingMinutes(from, Math.max(1, Math.round(minutes)), s.calendar) ?? from;
  const urgent = plan.urgency === "HAUTE" || plan.urgency === "BLOQUANTE";
  const takeDelay = () => {
    const target = s.takeChargeTargetMinutes ?? 480;
    return rng.chance(0.035)
      ? target * rng.between(1.1, 2.5)
      : target * rng.between(0.03, urgent ? 0.4 : 0.85);
  };
  const told = () => {
    addComments(story, rng, people);
    return story;
  };

  push({ kind: "SIGNALE", at: R, actor: people.reporter, body: route.note });
  let handler = people.handler(s.party);
  if (!push({ kind: "PRIS_EN_CHARGE", at: after(R, takeDelay()), actor: handler })) return told();
  const hops = reroutesFor(plan, s);
  if (hops.length > 0 && rng.chance(0.07)) {
    const hop = rng.pick(hops);
    const target = serviceLevelFor(route.assistance, hop.level, plan.domain, college);
    const at = after(s.takenAt!, rng.int(20, 240));
    if (!push({ kind: "REAIGUILLE", at, actor: handler, ...hop, body: hop.reason, target }))
      return told();
    handler = people.handler(s.party);
    if (!push({ kind: "PRIS_EN_CHARGE", at: after(at, takeDelay()), actor: handler }))
      return told();
  }

  const stuck = !plan.mustClose && rng.chance(0.025);
  const supplier = stuck || s.level === "N3" || (plan.equipment !== null && rng.chance(0.35));
  if (supplier || rng.chance(0.18)) {
    const start = after(s.takenAt!, rng.int(30, 480));
    const waitingFor = supplier ? "EN_ATTENTE_FOURNISSEUR" : "EN_ATTENTE_COLLEGE";
    const body = rng.pick(supplier ? SUPPLIER_WAITS : COLLEGE_WAITS);
    if (!push({ kind: "MIS_EN_ATTENTE", at: start, actor: handler, waitingFor, body }))
      return told();
    const days = stuck ? rng.int(90, 300) : supplier ? rng.int(5, 35) : rng.int(3, 15);
    const end = addWorkingMinutes(new Date(start.getTime() + days * DAY), 0, s.calendar)!;
    const note = supplier ? "Pièce reçue, reprise du traitement." : "Réponse du collège reçue.";
    if (!push({ kind: "REPRIS", at: end, actor: handler, body: note })) return told();
  }

  const retire = plan.retire && s.party === "COLLECTIVITE";
  const resolution = retire
    ? `Matériel réformé : ${DISPOSAL_REASON.toLowerCase()}`
    : rng.pick(RESOLUTIONS[plan.domain] ?? [GENERIC_RESOLUTION]);
  const target = s.resolveTargetMinutes ?? 3 * 570;
  const total = target * (rng.chance(0.045) ? rng.between(1.05, 1.8) : rng.between(0.2, 0.9));
  const last = s.events.at(-1)!.at;
  let resolvedAt = addWorkingMinutes(R, Math.round(total), s.calendar, s.pauses);
  if (!resolvedAt || resolvedAt <= last) resolvedAt = after(last, rng.int(30, 240));
  if (!push({ kind: "RESOLU", at: resolvedAt, actor: handler, resolution, body: resolution }))
    return told();
  if (retire) story.retiredAt = resolvedAt;

  if (!retire && rng.chance(0.04)) {
    const reopenAt = after(resolvedAt, rng.int(60, 1500));
    if (
      !push({
        kind: "ROUVERT",
        at: reopenAt,
        actor: people.college,
        body: rng.pick(REOPEN_REASONS),
      })
    )
      return told();
    const again = rng.pick(RESOLUTIONS[plan.domain] ?? [GENERIC_RESOLUTION]);
    const at = after(reopenAt, rng.int(60, 900));
    if (!push({ kind: "RESOLU", at, actor: handler, resolution: again, body: again }))
      return told();
  }

  const closeAfterDays = route.assistance?.closeAfterDays ?? NO_ASSISTANCE.closeAfterDays;
  if (rng.chance(0.6)) {
    const at = after(s.resolvedAt!, rng.int(10, 2 * 570));
    push({
      kind: "CONFIRME",
      at,
      actor: people.college,
      body: "Résolution confirmée par le collège.",
    });
  } else {
    push({
      kind: "CLOS_AUTO",
      at: autoCloseAt(s.resolvedAt!, closeAfterDays),
      actor: AUTO_CLOSE,
      body: "Ni confirmé ni rouvert par le collège dans le délai prévu : clos automatiquement.",
    });
  }
  return told();
}

/** A comment or two on some incidents, by the collège or (internal) by the handler, in the state of the moment. */
function addComments(story: Story, rng: ReturnType<typeof prng>, people: StoryPeople): void {
  const { events } = story.state;
  const count = rng.chance(0.25) ? (rng.chance(0.3) ? 2 : 1) : 0;
  const first = events[0]!.at.getTime();
  const span = events.at(-1)!.at.getTime() - first;
  if (span < 60_000) return;
  const comments: EventRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = new Date(first + Math.round(rng.between(0.05, 0.95) * span));
    const before = events.filter((e) => e.at <= at).at(-1)!;
    const byHandler = HANDLER_KINDS.includes(before.kind) && rng.chance(0.5);
    const actor = byHandler
      ? { id: before.actorId, name: before.actorName, party: before.actorParty }
      : people.college;
    comments.push({
      kind: "COMMENTAIRE",
      at,
      actorId: actor.id,
      actorName: actor.name,
      actorParty: actor.party,
      fromStatus: before.toStatus,
      toStatus: before.toStatus,
      party: null,
      level: null,
      body: rng.pick(byHandler ? HANDLER_NOTES : REPORTER_COMMENTS),
      internal: byHandler,
    });
  }
  events.push(...comments);
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
}
