import type { IncidentQueueData } from "@/lib/assistance/list-incidents";
import {
  AGE_LABELS,
  ALL_QUEUES,
  ASSIGNEE_LABELS,
  STATUS_FILTER_LABELS,
} from "@/lib/assistance/queue-query";
import { SLA_STATE_LABELS } from "@/lib/assistance/sla-state";
import {
  ASSISTANCE_DOMAIN_LABELS,
  ASSISTANCE_DOMAINS,
  INCIDENT_STATUS_LABELS,
  INCIDENT_STATUSES,
  QUEUE_LABELS,
  HANDLER_PARTIES,
  ROUTING_LEVELS,
} from "@/lib/assistance/vocabulary";
import { keysOf } from "@/lib/objects";
import { FilterForm } from "@/components/ui/filter-form";
import { labelledOptions } from "@/components/ui/select";
import { collegeOptions } from "@/components/inventory/college-filter-fields";

const QUEUE_OPTIONS = [
  { value: ALL_QUEUES, label: "Toutes les files" },
  ...labelledOptions(HANDLER_PARTIES, QUEUE_LABELS),
];
const STATUS_OPTIONS = [
  ...labelledOptions(keysOf(STATUS_FILTER_LABELS), STATUS_FILTER_LABELS),
  ...labelledOptions(INCIDENT_STATUSES, INCIDENT_STATUS_LABELS),
];

/**
 * The queue's filters (GET): search, collège, secteur (a collectivité's), domain, queue, level,
 * state, age, deadline, assignee.
 */
export function IncidentFilters({
  query,
  listHref,
  etablissements,
  sectors,
  handles,
}: {
  query: IncidentQueueData["query"];
  listHref: string;
  etablissements: { uai: string; name: string; communeName: string }[];
  sectors: { id: string; name: string }[];
  handles: boolean;
}) {
  return (
    <FilterForm
      action={listHref}
      values={query}
      filters={[
        { name: "q", type: "search", label: "Rechercher (référence, objet)" },
        etablissements.length > 0 && {
          name: "uai",
          label: "Collège",
          all: "Tous",
          options: collegeOptions(etablissements),
          className: "lg:col-span-2",
        },
        sectors.length > 0 && {
          name: "secteur",
          label: "Secteur",
          all: "Tous",
          options: sectors.map((s) => ({ value: s.id, label: s.name })),
        },
        {
          name: "domain",
          label: "Domaine",
          all: "Tous",
          options: labelledOptions(ASSISTANCE_DOMAINS, ASSISTANCE_DOMAIN_LABELS),
        },
        { name: "file", label: "File", options: QUEUE_OPTIONS },
        {
          name: "level",
          label: "Niveau",
          all: "Tous",
          options: ROUTING_LEVELS.map((l) => ({ value: l, label: l })),
        },
        { name: "etat", label: "État", options: STATUS_OPTIONS },
        {
          name: "anciennete",
          label: "Ancienneté",
          all: "Toutes",
          options: labelledOptions(keysOf(AGE_LABELS), AGE_LABELS),
        },
        {
          name: "delai",
          label: "Délai",
          all: "Tous",
          options: labelledOptions(keysOf(SLA_STATE_LABELS), SLA_STATE_LABELS),
        },
        handles && {
          name: "attribue",
          label: "Attribué",
          all: "À tous",
          options: labelledOptions(keysOf(ASSIGNEE_LABELS), ASSIGNEE_LABELS),
        },
      ]}
    />
  );
}
