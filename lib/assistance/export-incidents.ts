import "server-only";
import { db } from "@/lib/db/client";
import { readInBatches } from "@/lib/db/read-in-batches";
import type { AccessContext, ScopeRef } from "@/lib/access/context";
import { spaceFileKey, type SpreadsheetExport } from "@/lib/download";
import type { XlsxCell } from "@/lib/exports/xlsx";
import { formatDateTime } from "@/lib/format";
import { QUEUE_ORDER, queueSelect, readQueueQuery, withSla } from "@/lib/assistance/list-incidents";
import { SLA_OUTCOME_LABELS, SLA_STATE_LABELS, type SlaPosition } from "@/lib/assistance/sla-state";
import {
  INCIDENT_KIND_LABELS,
  INCIDENT_STATUS_LABELS,
  QUEUE_LABELS,
  URGENCY_LABELS,
} from "@/lib/assistance/vocabulary";

const BATCH = 5_000;

export const INCIDENTS_EXPORT_HEADER = [
  "Référence",
  "UAI",
  "Collège",
  "Type",
  "Domaine",
  "Objet",
  "Urgence",
  "État",
  "File",
  "Niveau",
  "Attribué à",
  "Signalé le",
  "Pris en charge le",
  "Résolu le",
  "Clos le",
  "Échéance en cours",
  "Délai",
] as const;

const exportSelect = {
  ...queueSelect,
  takenAt: true,
  resolvedAt: true,
  closedAt: true,
} as const;

const dateTime = (value: Date | null): string | null => (value ? formatDateTime(value) : null);

/** Where the incident stands against its service level, in words (the queue's badge as text). */
function slaWords(sla: SlaPosition): string {
  switch (sla.state) {
    case "EN_PAUSE":
      return SLA_OUTCOME_LABELS.EN_PAUSE;
    case "TERMINE":
      return sla.metTarget === null
        ? "Terminé"
        : SLA_OUTCOME_LABELS[sla.metTarget ? "met" : "missed"];
    default:
      return SLA_STATE_LABELS[sla.state];
  }
}

/**
 * Every incident the queue's filters select (not only one page), in the queue's order, for a CSV
 * or XLSX download: dates and times in Paris time, the service level as the queue shows it.
 */
export async function incidentsExport(
  ctx: AccessContext,
  input: unknown,
  scope: ScopeRef,
  now = new Date(),
): Promise<SpreadsheetExport> {
  const { query, where } = await readQueueQuery(ctx, input, now);
  const read = (window: { skip: number; take: number }) =>
    db.incident.findMany({
      where,
      select: exportSelect,
      orderBy: QUEUE_ORDER[query.sort](query.dir),
      ...window,
    });
  const rows = await readInBatches(BATCH, read, (row): XlsxCell[] => {
    const { sla } = withSla(row, now);
    return [
      row.reference,
      row.etablissement.uai,
      row.etablissement.name,
      INCIDENT_KIND_LABELS[row.kind],
      row.domainLabel,
      row.title,
      URGENCY_LABELS[row.urgency],
      INCIDENT_STATUS_LABELS[row.status],
      QUEUE_LABELS[row.party],
      row.level,
      row.assignee?.name ?? null,
      dateTime(row.reportedAt),
      dateTime(row.takenAt),
      dateTime(row.resolvedAt),
      dateTime(row.closedAt),
      sla.dueAt ? `${sla.dueKind} avant le ${formatDateTime(sla.dueAt)}` : null,
      slaWords(sla),
    ];
  });
  return {
    baseName: `incidents-${spaceFileKey(scope)}`,
    sheetName: "Incidents",
    header: INCIDENTS_EXPORT_HEADER,
    rows,
  };
}
