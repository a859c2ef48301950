import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { bulkInsert } from "@/lib/db/bulk-insert";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { RoutedCollege } from "@/lib/assistance/routing";
import { OPEN_STATUSES } from "@/lib/assistance/vocabulary";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { frameDay, frameShiftDays } from "@/prisma/seed/shared/conventions/plan-types";
import { planCollegeIncidents, type PlannedIncident } from "@/prisma/seed/incidents/plan-incidents";
import { tellStory } from "@/prisma/seed/incidents/incident-story";
import { fictitiousReporter, loadMembers, peopleOf } from "@/prisma/seed/incidents/incident-people";
import {
  DISPOSAL_COLUMNS,
  EVENT_COLUMNS,
  INCIDENT_COLUMNS,
  incidentRows,
  PAUSE_COLUMNS,
} from "@/prisma/seed/incidents/incident-rows";
import { collegeRouter } from "@/prisma/seed/incidents/cached-routes";

type Tx = Prisma.TransactionClient;

/** How the audit trail names the seed's equipment changes. */
const DEMO_ACTOR = { id: null, label: "chargement de la démonstration (incidents fictifs)" };

/** The collectivités whose collèges get a year of fictitious incidents. */
export const DEMO_INCIDENT_COLLECTIVITES = ["35", "14"] as const;

/**
 * The day the demo's incidents end on: the benchmark's day moved by whole weeks to the last same
 * weekday on or before `now`, as the convention histories are (so the conventions in force that
 * route them are the ones of the same calendar).
 */
export const demoIncidentsReference = (now: Date) => frameDay({ shiftDays: frameShiftDays(now) });

/** The collèges of the demo's chefs: the e2e journey reports a fresh incident on their screens. */
const JOURNEY_COLLEGES = new Set(
  DEMO_ACCOUNTS.filter((a) => a.scopeType === "ETABLISSEMENT").map((a) => a.scopeKey),
);

export interface DemoIncidentsReport {
  /** Collèges given incidents by this run (0 when they all have some already). */
  colleges: number;
  incidents: number;
  /** Of which still open on the reference day. */
  open: number;
}

const equipmentSelect = {
  id: true,
  category: true,
  status: true,
  acquiredOn: true,
  manufacturer: true,
  model: true,
  location: true,
} as const;

/** Reserves `count` numbers of the collectivité's year: the first is the returned one plus one. */
async function reserveNumbers(db: Db, collectiviteId: string, year: number, count: number) {
  const [row] = await db.$queryRaw<{ last: number }[]>`
    INSERT INTO "IncidentSequence" ("collectiviteId", "year", "last") VALUES (${collectiviteId}, ${year}, ${count})
    ON CONFLICT ("collectiviteId", "year") DO UPDATE SET "last" = "IncidentSequence"."last" + ${count}
    RETURNING "last"`;
  return row!.last - count;
}

/**
 * A year of fictitious incidents for every open public collège of Ille-et-Vilaine and the
 * Calvados that has an inventory: planned per collège (plan-incidents.ts), routed by the product's
 * own rule inside one transaction per collège, lived on the working-time clock up to the reference
 * day (incident-story.ts), and bulk-inserted with their events and pauses; equipment with an open
 * incident goes EN_PANNE, equipment retired on resolution REFORME with its disposal record.
 * References are numbered per collectivité and year in the order of the reports. Idempotent: a
 * collège that has incidents is left as it is. Bypasses the access context: run by the demo seed only.
 */
export async function unsafeSeedDemoIncidents(
  db: Db,
  options: { now?: Date } = {},
): Promise<DemoIncidentsReport> {
  const now = options.now ?? new Date();
  const reference = demoIncidentsReference(now);
  const report: DemoIncidentsReport = { colleges: 0, incidents: 0, open: 0 };
  const collectivites = await db.collectivite.findMany({
    where: { code: { in: [...DEMO_INCIDENT_COLLECTIVITES] } },
    select: { id: true, code: true },
    orderBy: { code: "asc" },
  });
  for (const collectivite of collectivites) {
    const colleges = await db.etablissement.findMany({
      where: {
        collectiviteId: collectivite.id,
        secteur: "PUBLIC",
        etat: "OUVERT",
        equipment: { some: {} },
        incidents: { none: {} },
      },
      select: {
        id: true,
        uai: true,
        collectiviteId: true,
        academieCode: true,
        departementCode: true,
        sectorId: true,
        equipment: {
          select: equipmentSelect,
          orderBy: [{ inventoryNumber: "asc" }, { id: "asc" }],
        },
      },
      orderBy: { uai: "asc" },
    });
    if (colleges.length === 0) continue;
    const plans = colleges.map((c) => ({
      college: c,
      incidents: planCollegeIncidents({ ...c, journey: JOURNEY_COLLEGES.has(c.uai) }, reference),
    }));
    const references = await numberReports(
      db,
      collectivite,
      plans.flatMap((p) => p.incidents),
    );
    const members = await loadMembers(db, colleges);
    let fallback: Awaited<ReturnType<typeof fictitiousReporter>> | null = null;
    for (const { college, incidents } of plans) {
      let cast = peopleOf(college, members, fallback);
      if (!cast) {
        fallback = await fictitiousReporter(db);
        cast = peopleOf(college, members, fallback)!;
      }
      const written = await db.$transaction(
        (tx) => writeCollegeIncidents(tx, college, incidents, cast, { references, reference, now }),
        { timeout: 120_000, maxWait: 10_000 },
      );
      report.colleges += 1;
      report.incidents += written.length;
      report.open += written.filter((i) => OPEN_STATUSES.includes(i.status)).length;
    }
  }
  return report;
}

/**
 * Routes, tells and writes one collège's incidents in one transaction, with one audit event for
 * the equipment they put EN_PANNE or retired.
 */
async function writeCollegeIncidents(
  tx: Tx,
  college: RoutedCollege,
  incidents: readonly PlannedIncident[],
  cast: NonNullable<ReturnType<typeof peopleOf>>,
  frame: { references: ReadonlyMap<string, string>; reference: Date; now: Date },
) {
  const told = [];
  const route = await collegeRouter(tx, college);
  for (const plan of incidents) {
    const routed = await route(plan.domain, plan.reportedAt);
    const reporter = plan.byRound && cast.technician ? cast.technician : cast.people.reporter;
    const story = tellStory(plan, routed, college, frame.reference, { ...cast.people, reporter });
    told.push({ id: randomUUID(), plan, route: routed, story, reporter });
  }
  const rows = incidentRows(college, told, frame.references);
  await bulkInsert(tx, "Incident", INCIDENT_COLUMNS, rows.incidents);
  await bulkInsert(tx, "IncidentEvent", EVENT_COLUMNS, rows.events);
  await bulkInsert(tx, "IncidentPause", PAUSE_COLUMNS, rows.pauses);
  await bulkInsert(tx, "EquipmentDisposal", DISPOSAL_COLUMNS, rows.disposals);
  const { EN_PANNE, REFORME } = rows.equipmentStatus;
  for (const [status, ids] of [
    ["EN_PANNE", EN_PANNE],
    ["REFORME", REFORME],
  ] as const)
    if (ids.length > 0)
      await tx.equipment.updateMany({
        where: { id: { in: ids }, etablissementId: college.id },
        data: { status },
      });
  if (EN_PANNE.length + REFORME.length > 0)
    await appendAuditEvent(tx, {
      actor: DEMO_ACTOR,
      scope: { scopeType: "COLLECTIVITE", collectiviteId: college.collectiviteId },
      action: "equipment.status",
      entityType: "Etablissement",
      entityId: college.id,
      occurredAt: frame.now,
      after: {
        incidents: rows.incidents.length,
        enPanne: EN_PANNE.length,
        reformes: REFORME.length,
      },
    });
  return rows.incidents;
}

/** « INC-35-2026-00042 » for each report, numbered per year in the order of the reports. */
async function numberReports(
  db: Db,
  collectivite: { id: string; code: string },
  incidents: readonly PlannedIncident[],
): Promise<Map<string, string>> {
  const sorted = [...incidents].sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime());
  const byYear = new Map<number, PlannedIncident[]>();
  for (const i of sorted) {
    const year = i.reportedAt.getUTCFullYear();
    byYear.set(year, [...(byYear.get(year) ?? []), i]);
  }
  const references = new Map<string, string>();
  for (const [year, list] of byYear) {
    const base = await reserveNumbers(db, collectivite.id, year, list.length);
    list.forEach((i, n) =>
      references.set(
        i.key,
        `INC-${collectivite.code}-${year}-${String(base + n + 1).padStart(5, "0")}`,
      ),
    );
  }
  return references;
}
