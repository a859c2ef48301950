import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { HalfDay } from "@/lib/generated/prisma/enums";
import { SECTOR_ROLES } from "@/lib/access/context";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { calendarOf, DEFAULT_DAY } from "@/lib/assistance/service-level";
import { localDay } from "@/lib/assistance/working-time";
import { todayInParisIso } from "@/lib/dates";
import { DEMO_SECTOR_COLLECTIVITES } from "@/prisma/seed/seed-sectors";
import {
  doneAtOf,
  planSectorVisits,
  type PlannedVisit,
  type VisitCollege,
} from "@/prisma/seed/visits/plan-visits";

const DEMO_ACTOR = { id: null, label: "chargement de la démonstration (tournées fictives)" };
/** The note of a visit a technician made to report incidents outside the round. */
const UNPLANNED_REPORT = "Visite ponctuelle : constat sur place et signalement.";

export interface DemoVisitsReport {
  visits: number;
  /** Incidents a technician reported on a visit, now linked to it. */
  linked: number;
}

/** AAAA-MM-JJ of day `day` of the month `months` away from now's (day 0: the last of the month before). */
const dayOfMonth = (now: Date, months: number, day: number) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, day))
    .toISOString()
    .slice(0, 10);

/**
 * Proactive rounds in the secteurs of Ille-et-Vilaine and the Calvados that have a technician
 * (plan-visits.ts), a year back and two months ahead; the incidents a technician reported on a
 * round are linked to the visit of that day (one is added when the round had none). Runs after
 * the incidents. Idempotent: a collectivité that has visits is left as it is.
 * Bypasses the access context: run from the command line only.
 */
export async function unsafeSeedDemoVisits(
  db: Db,
  options: { now?: Date } = {},
): Promise<DemoVisitsReport> {
  const now = options.now ?? new Date();
  const frame = {
    from: dayOfMonth(now, -12, 1),
    to: dayOfMonth(now, 3, 0),
    today: todayInParisIso(now),
  };
  const report: DemoVisitsReport = { visits: 0, linked: 0 };
  for (const code of DEMO_SECTOR_COLLECTIVITES) {
    const collectivite = await db.collectivite.findUniqueOrThrow({
      where: { code },
      select: { id: true, _count: { select: { visits: true } } },
    });
    if (collectivite._count.visits > 0) continue;
    const technicians = await sectorTechnicians(db, collectivite.id);
    const rows = await db.etablissement.findMany({
      where: {
        collectiviteId: collectivite.id,
        sectorId: { in: [...technicians.keys()] },
        etat: "OUVERT",
        secteur: "PUBLIC",
      },
      select: {
        id: true,
        uai: true,
        sectorId: true,
        collectiviteId: true,
        academieCode: true,
        departementCode: true,
      },
      orderBy: { uai: "asc" },
    });
    const colleges: VisitCollege[] = rows.map((c) => ({
      ...c,
      sectorId: c.sectorId!,
      calendar: calendarOf(c, DEFAULT_DAY, true),
    }));
    const planned: (PlannedVisit & { id: string })[] = [];
    for (const [sectorId, technicianId] of technicians) {
      const ofSector = colleges.filter((c) => c.sectorId === sectorId);
      for (const visit of planSectorVisits(ofSector, technicianId, frame))
        planned.push({ ...visit, id: randomUUID() });
    }
    const links = await linkRoundIncidents(db, colleges, planned);
    await db.$transaction(async (tx) => {
      await tx.visit.createMany({
        data: planned.map((v) => ({ ...v, plannedOn: new Date(`${v.plannedOn}T00:00:00Z`) })),
      });
      for (const [visitId, incidentIds] of links)
        await tx.incident.updateMany({ where: { id: { in: incidentIds } }, data: { visitId } });
      await appendAuditEvent(tx, {
        actor: DEMO_ACTOR,
        scope: { scopeType: "COLLECTIVITE", collectiviteId: collectivite.id },
        action: "visit.plan",
        entityType: "Collectivite",
        entityId: collectivite.id,
        occurredAt: now,
        after: { visites: planned.length, du: frame.from, au: frame.to },
      });
    });
    report.visits += planned.length;
    report.linked += [...links.values()].reduce((n, ids) => n + ids.length, 0);
  }
  return report;
}

/** Each secteur's technician (a technicien before a référent technique; by e-mail). */
async function sectorTechnicians(db: Db, collectiviteId: string): Promise<Map<string, string>> {
  const rows = await db.membership.findMany({
    where: {
      scopeType: "COLLECTIVITE",
      collectiviteId,
      role: { in: [...SECTOR_ROLES] },
      sectorId: { not: null },
      user: { disabledAt: null },
    },
    select: { sectorId: true, userId: true, role: true },
    orderBy: [{ role: "desc" }, { user: { email: "asc" } }],
  });
  const bySector = new Map<string, string>();
  for (const r of rows) if (!bySector.has(r.sectorId!)) bySector.set(r.sectorId!, r.userId);
  return bySector;
}

/**
 * The incidents a collectivité member reported in these collèges, by visit: the visit of that
 * collège that day (made « réalisée » if it was not), else a visit added that half-day (the
 * other one if the reporter was elsewhere). Adds to `planned` what it creates.
 */
async function linkRoundIncidents(
  db: Db,
  colleges: readonly VisitCollege[],
  planned: (PlannedVisit & { id: string })[],
): Promise<Map<string, string[]>> {
  const byCollege = new Map(colleges.map((c) => [c.id, c]));
  const incidents = await db.incident.findMany({
    where: { etablissementId: { in: [...byCollege.keys()] }, reporterParty: "COLLECTIVITE" },
    select: { id: true, etablissementId: true, reporterId: true, reportedAt: true },
    orderBy: [{ reportedAt: "asc" }, { id: "asc" }],
  });
  const links = new Map<string, string[]>();
  const booked = new Set(planned.map((v) => `${v.technicianId}:${v.plannedOn}:${v.halfDay}`));
  for (const incident of incidents) {
    const college = byCollege.get(incident.etablissementId)!;
    const { calendar } = college;
    const day = localDay(incident.reportedAt, calendar.timeZone);
    let visit = planned.find((v) => v.etablissementId === college.id && v.plannedOn === day);
    if (visit && visit.status !== "REALISEE") {
      visit.status = "REALISEE";
      visit.report = UNPLANNED_REPORT;
      visit.doneAt = doneAtOf(day, visit.halfDay, calendar);
    }
    if (!visit) {
      const halfDay = (["MATIN", "APRES_MIDI"] as const).find(
        (h: HalfDay) => !booked.has(`${incident.reporterId}:${day}:${h}`),
      );
      if (!halfDay) continue;
      booked.add(`${incident.reporterId}:${day}:${halfDay}`);
      visit = {
        id: randomUUID(),
        etablissementId: college.id,
        collectiviteId: college.collectiviteId,
        plannedOn: day,
        halfDay,
        technicianId: incident.reporterId,
        status: "REALISEE",
        report: UNPLANNED_REPORT,
        doneAt: doneAtOf(day, halfDay, calendar),
      };
      planned.push(visit);
    }
    links.set(visit.id, [...(links.get(visit.id) ?? []), incident.id]);
  }
  return links;
}
