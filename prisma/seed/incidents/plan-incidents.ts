import type {
  EquipmentCategory,
  EquipmentStatus,
  IncidentKind,
  IncidentUrgency,
} from "@/lib/generated/prisma/enums";
import type { AssistanceDomain } from "@/lib/assistance/vocabulary";
import { calendarOf } from "@/lib/assistance/service-level";
import { isWorkingDay, zonedInstant } from "@/lib/assistance/working-time";
import { prng, type Rng } from "@/prisma/seed/shared/demo-random";
import {
  DEFAULT_URGENCIES,
  DOMAIN_WEIGHTS,
  EQUIPMENT_OF_DOMAIN,
  INTERACTIVE_SCREENS,
  REPORTS,
  REQUEST_DOMAINS,
  ROOMS,
  URGENCY_DRAW,
} from "@/prisma/seed/incidents/incident-texts";

/** An equipment item of the collège, as the planner weighs it. */
export interface PlanEquipment {
  id: string;
  category: EquipmentCategory;
  status: EquipmentStatus;
  acquiredOn: Date | null;
  manufacturer: string | null;
  model: string | null;
  location: string | null;
}

export interface PlanCollege {
  uai: string;
  academieCode: string;
  departementCode: string;
  equipment: readonly PlanEquipment[];
  /** A collège the e2e journey reports in: no open incident on its interactive screens. */
  journey: boolean;
}

/** One drawn report, before routing: what, when, on what; its story is drawn after routing. */
export interface PlannedIncident {
  /** Key of the incident's own draws (its story), stable for the collège and rank. */
  key: string;
  reportedAt: Date;
  domain: AssistanceDomain;
  kind: IncidentKind;
  urgency: IncidentUrgency;
  title: string;
  description: string;
  room: string | null;
  equipment: PlanEquipment | null;
  /** Reported by a collectivité technician on a round, not by the collège's staff. */
  byRound: boolean;
  /** Old equipment the collectivité retires on resolution, if its story gets there. */
  retire: boolean;
  /** Its story must end before the reference date (the journey's screens stay free). */
  mustClose: boolean;
}

const DAY = 86_400_000;
const YEAR = 365 * DAY;
/** Incidents on a journey collège's interactive screens are at least this old: they are all closed. */
const JOURNEY_SCREEN_MIN_AGE = 120 * DAY;
/** The same item is not reported again within this many days (its previous incident may be open). */
const SAME_ITEM_GAP = 60 * DAY;
const IN_USE: readonly EquipmentStatus[] = ["EN_SERVICE", "EN_PANNE"];

function drawWeighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1]![0];
}

/** A model that breaks more than others: one in five, always the same for the same model. */
const fragile = (e: PlanEquipment) =>
  prng(`demo-modele-fragile:${e.manufacturer ?? ""} ${e.model ?? ""}`).chance(0.2);

/** A report's instant: a school day mostly (some during the holidays), in the working day. */
function drawReportedAt(rng: Rng, college: PlanCollege, reference: Date): Date {
  const school = calendarOf(college, { workdayStart: "08:00", workdayEnd: "17:30" }, true);
  const plain = { ...school, schoolZone: null };
  for (;;) {
    const at = new Date(reference.getTime() - rng.next() * YEAR);
    const day = at.toISOString().slice(0, 10);
    if (!isWorkingDay(day, plain)) continue;
    if (!isWorkingDay(day, school) && !rng.chance(0.1)) continue;
    const instant = new Date(zonedInstant(day, 8 * 60 + rng.int(0, 540), school.timeZone));
    if (instant.getTime() < reference.getTime()) return instant;
  }
}

/**
 * The reports of one collège over the year before `reference`: 25 to 40, more in larger
 * collèges, domains weighted as collèges report them, equipment incidents on the collège's own
 * items (older ones and fragile models more often). Pure and deterministic.
 */
export function planCollegeIncidents(college: PlanCollege, reference: Date): PlannedIncident[] {
  const rng = prng(`demo-incidents:${college.uai}`);
  const size = college.equipment.filter((e) => IN_USE.includes(e.status)).length;
  const count = Math.max(25, Math.min(40, 25 + Math.round((15 * size) / 400) + rng.int(-3, 3)));
  const instants = Array.from({ length: count }, () => drawReportedAt(rng, college, reference));
  instants.sort((a, b) => a.getTime() - b.getTime());
  const lastReported = new Map<string, number>();
  const retired = new Set<string>();
  return instants.map((reportedAt, rank): PlannedIncident => {
    let domain = drawWeighted(rng, DOMAIN_WEIGHTS);
    const age = reference.getTime() - reportedAt.getTime();
    const categories = EQUIPMENT_OF_DOMAIN[domain];
    const candidates = (categories ? college.equipment : []).filter(
      (e) =>
        categories!.includes(e.category) &&
        IN_USE.includes(e.status) &&
        !retired.has(e.id) &&
        (e.acquiredOn === null || e.acquiredOn.getTime() < reportedAt.getTime()) &&
        reportedAt.getTime() - (lastReported.get(e.id) ?? -Infinity) > SAME_ITEM_GAP &&
        !(
          college.journey &&
          INTERACTIVE_SCREENS.includes(e.category) &&
          age < JOURNEY_SCREEN_MIN_AGE
        ),
    );
    // A network incident is sometimes about the whole site rather than one item.
    const linked = candidates.length > 0 && (domain !== "RESEAU_WIFI" || rng.chance(0.6));
    if (categories && candidates.length === 0 && domain !== "RESEAU_WIFI") domain = "AUTRE";
    const years = (e: PlanEquipment) =>
      e.acquiredOn ? (reportedAt.getTime() - e.acquiredOn.getTime()) / YEAR : 5;
    const equipment = linked
      ? drawWeighted(
          rng,
          candidates.map((e) => [e, (1 + years(e) / 2) * (fragile(e) ? 3 : 1)] as const),
        )
      : null;
    if (equipment) lastReported.set(equipment.id, reportedAt.getTime());
    const retire =
      equipment !== null &&
      years(equipment) >= 7 &&
      domain !== "RESEAU_WIFI" &&
      rng.chance(0.25) &&
      age > 30 * DAY;
    if (retire) retired.add(equipment.id);
    const [title, description] = rng.pick(REPORTS[domain]);
    const urgencies = URGENCY_DRAW[domain] ?? DEFAULT_URGENCIES;
    return {
      key: `demo-incident:${college.uai}:${rank}`,
      reportedAt,
      domain,
      kind: REQUEST_DOMAINS.includes(domain) && rng.chance(0.7) ? "DEMANDE" : "INCIDENT",
      urgency: rng.pick(urgencies),
      title,
      description,
      room: equipment?.location ?? (rng.chance(0.5) ? rng.pick(ROOMS) : null),
      equipment,
      byRound: rng.chance(0.08),
      retire,
      mustClose:
        college.journey && equipment !== null && INTERACTIVE_SCREENS.includes(equipment.category),
    };
  });
}
