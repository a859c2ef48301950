import {
  INCIDENT_STATUS_LABELS,
  URGENCY_LABELS,
  type IncidentStatusCode,
  type UrgencyCode,
} from "@/lib/assistance/vocabulary";
import {
  formatWorkingMinutes,
  SLA_OUTCOME_LABELS,
  type SlaPosition,
} from "@/lib/assistance/sla-state";
import { formatDateTime } from "@/lib/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const STATUS_TONES: Record<IncidentStatusCode, BadgeTone> = {
  NOUVEAU: "info",
  PRIS_EN_CHARGE: "plain",
  EN_ATTENTE_COLLEGE: "warning",
  EN_ATTENTE_FOURNISSEUR: "warning",
  RESOLU: "success",
  CLOS: "muted",
};

/** An incident's state in words. */
export function IncidentStatusBadge({ status }: { status: IncidentStatusCode }) {
  return (
    <Badge tone={STATUS_TONES[status]} nowrap>
      {INCIDENT_STATUS_LABELS[status]}
    </Badge>
  );
}

const URGENCY_TONES: Record<UrgencyCode, BadgeTone> = {
  FAIBLE: "muted",
  NORMALE: "neutral",
  HAUTE: "warning",
  BLOQUANTE: "danger",
};

/** « Haute », « Bloquante » (short: without the explanation of the form's label). */
export function UrgencyBadge({ urgency }: { urgency: UrgencyCode }) {
  return (
    <Badge tone={URGENCY_TONES[urgency]} nowrap>
      {URGENCY_LABELS[urgency].replace(/ \(.*\)$/, "")}
    </Badge>
  );
}

/**
 * Where the incident stands against its deadline: « Dépassée de 3 h ouvrées », « À échéance dans
 * 2 h ouvrées », the deadline itself, « Délai suspendu », « Sans engagement ».
 */
export function SlaBadge({ sla }: { sla: SlaPosition }) {
  switch (sla.state) {
    case "DEPASSE":
      return (
        <Badge tone="danger">Dépassée de {formatWorkingMinutes(sla.remainingMinutes ?? 0)}</Badge>
      );
    case "BIENTOT":
      return (
        <Badge tone="warning">
          À échéance dans {formatWorkingMinutes(sla.remainingMinutes ?? 0)}
        </Badge>
      );
    case "DANS_LES_DELAIS":
      return (
        <span className="whitespace-nowrap">
          {sla.dueKind === "prise en charge" ? "Prise en charge" : "Résolution"} avant le{" "}
          {formatDateTime(sla.dueAt)}
        </span>
      );
    case "EN_PAUSE":
      return <Badge tone="neutral">{SLA_OUTCOME_LABELS.EN_PAUSE}</Badge>;
    case "SANS_ENGAGEMENT":
      return <span>Sans engagement</span>;
    case "TERMINE":
      return sla.metTarget === null ? (
        <span>—</span>
      ) : sla.metTarget ? (
        <Badge tone="success">{SLA_OUTCOME_LABELS.met}</Badge>
      ) : (
        <Badge tone="danger">{SLA_OUTCOME_LABELS.missed}</Badge>
      );
  }
}
