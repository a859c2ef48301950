import { randomUUID } from "node:crypto";
import { textColumns, typedColumns, type BulkColumn } from "@/lib/db/bulk-insert";
import type { EquipmentStatus } from "@/lib/generated/prisma/enums";
import type { Route } from "@/lib/assistance/routing";
import { NO_ASSISTANCE } from "@/lib/conventions/content";
import { OPEN_STATUSES } from "@/lib/assistance/vocabulary";
import { localDay } from "@/lib/assistance/working-time";
import type { PlannedIncident } from "@/prisma/seed/incidents/plan-incidents";
import type { Story } from "@/prisma/seed/incidents/incident-story";
import type { Actor } from "@/prisma/seed/incidents/incident-replay";
import { DISPOSAL_REASON } from "@/prisma/seed/incidents/incident-texts";

/** One incident told: its plan, the route the product gave it, its story and who reported it. */
export interface ToldIncident {
  id: string;
  plan: PlannedIncident;
  route: Route;
  story: Story;
  reporter: Actor;
}

/**
 * The rows of a collège's incidents, their events, pauses and disposal records, and the
 * equipment to set EN_PANNE (an open incident; the first one keeps the status to restore, as
 * markEquipmentBroken does) or REFORME (retired on resolution).
 */
export function incidentRows(
  college: { id: string; collectiviteId: string; academieCode: string },
  told: readonly ToldIncident[],
  references: ReadonlyMap<string, string>,
) {
  const incidents = [];
  const events = [];
  const pauses = [];
  const disposals = [];
  const equipmentStatus: Record<"EN_PANNE" | "REFORME", string[]> = { EN_PANNE: [], REFORME: [] };
  const broken = new Set<string>();
  for (const { id, plan, route, story, reporter } of told) {
    const s = story.state;
    const equipment = plan.equipment;
    const open = OPEN_STATUSES.includes(s.status);
    // An item the inventory has EN_PANNE was in service until this incident.
    const usual: EquipmentStatus | null =
      equipment && (equipment.status === "EN_PANNE" ? "EN_SERVICE" : equipment.status);
    let before = usual;
    if (equipment && open) {
      if (broken.has(equipment.id)) before = null;
      else equipmentStatus.EN_PANNE.push(equipment.id);
      broken.add(equipment.id);
    }
    if (equipment && story.retiredAt) {
      equipmentStatus.REFORME.push(equipment.id);
      disposals.push({
        id: randomUUID(),
        equipmentId: equipment.id,
        collectiviteId: college.collectiviteId,
        disposedOn: localDay(story.retiredAt, s.calendar.timeZone),
        reason: DISPOSAL_REASON,
        incidentId: id,
        recordedById: s.events.find((e) => e.kind === "RESOLU")?.actorId ?? null,
        createdAt: story.retiredAt,
      });
    }
    const assistance = route.assistance ?? NO_ASSISTANCE;
    incidents.push({
      id,
      reference: references.get(plan.key)!,
      collectiviteId: college.collectiviteId,
      academieCode: college.academieCode,
      etablissementId: college.id,
      kind: plan.kind,
      domain: plan.domain,
      domainLabel: route.domainLabel,
      equipmentId: equipment?.id ?? null,
      room: plan.room,
      title: plan.title,
      description: plan.description,
      urgency: plan.urgency,
      status: s.status,
      party: s.party,
      level: s.level,
      routingSource: route.source,
      routingNote: route.note,
      conventionId: route.conventionId,
      slaLabel: s.slaLabel,
      takeChargeTargetMinutes: s.takeChargeTargetMinutes,
      resolveTargetMinutes: s.resolveTargetMinutes,
      calendar: { ...s.calendar },
      closeAfterDays: assistance.closeAfterDays,
      reopenWithinDays: assistance.reopenWithinDays,
      takeChargeDueAt: s.takeChargeDueAt,
      resolveDueAt: s.resolveDueAt,
      takeChargeWorkMinutes: s.takeChargeWorkMinutes,
      resolveWorkMinutes: s.resolveWorkMinutes,
      reporterId: reporter.id!,
      reporterParty: reporter.party!,
      assigneeId: s.assigneeId,
      reportedAt: plan.reportedAt,
      takenAt: s.takenAt,
      resolvedAt: s.resolvedAt,
      closedAt: s.closedAt,
      resolution: s.resolution,
      equipmentStatusBefore: equipment ? before : null,
      reopenCount: s.reopenCount,
      updatedAt: s.events.at(-1)!.at,
    });
    events.push(...s.events.map((e) => ({ ...e, id: randomUUID(), incidentId: id })));
    pauses.push(...s.pauses.map((p) => ({ ...p, id: randomUUID(), incidentId: id })));
  }
  return { incidents, events, pauses, disposals, equipmentStatus };
}

// The columns bulkInsert writes, with the types jsonb_to_recordset reads them as (the
// benchmark's incidents, bench/seed-incidents.ts, use them too: a key a row lacks is NULL).

export const INCIDENT_COLUMNS: BulkColumn[] = [
  ...textColumns(
    "id",
    "reference",
    "collectiviteId",
    "academieCode",
    "etablissementId",
    "domain",
    "domainLabel",
    "equipmentId",
    "room",
    "title",
    "description",
    "level",
    "routingNote",
    "conventionId",
    "slaLabel",
    "reporterId",
    "assigneeId",
    "resolution",
  ),
  { name: "kind", type: '"IncidentKind"' },
  { name: "urgency", type: '"IncidentUrgency"' },
  { name: "status", type: '"IncidentStatus"' },
  { name: "party", type: '"ConventionParty"' },
  { name: "routingSource", type: '"IncidentRoutingSource"' },
  { name: "reporterParty", type: '"ConventionParty"' },
  { name: "equipmentStatusBefore", type: '"EquipmentStatus"' },
  ...typedColumns(
    "integer",
    "takeChargeTargetMinutes",
    "resolveTargetMinutes",
    "closeAfterDays",
    "reopenWithinDays",
    "takeChargeWorkMinutes",
    "resolveWorkMinutes",
    "reopenCount",
  ),
  { name: "calendar", type: "jsonb" },
  ...typedColumns(
    "timestamp(3)",
    "takeChargeDueAt",
    "resolveDueAt",
    "reportedAt",
    "takenAt",
    "resolvedAt",
    "closedAt",
    "updatedAt",
  ),
];

export const EVENT_COLUMNS: BulkColumn[] = [
  ...textColumns("id", "incidentId", "actorId", "actorName", "level", "body"),
  { name: "kind", type: '"IncidentEventKind"' },
  { name: "actorParty", type: '"ConventionParty"' },
  { name: "fromStatus", type: '"IncidentStatus"' },
  { name: "toStatus", type: '"IncidentStatus"' },
  { name: "party", type: '"ConventionParty"' },
  { name: "at", type: "timestamp(3)" },
  { name: "internal", type: "boolean" },
];

export const PAUSE_COLUMNS: BulkColumn[] = [
  ...textColumns("id", "incidentId"),
  { name: "reason", type: '"IncidentStatus"' },
  ...typedColumns("timestamp(3)", "startedAt", "endedAt"),
];

export const DISPOSAL_COLUMNS: BulkColumn[] = [
  ...textColumns("id", "equipmentId", "collectiviteId", "reason", "incidentId", "recordedById"),
  { name: "disposedOn", type: "date" },
  { name: "createdAt", type: "timestamp(3)" },
];
