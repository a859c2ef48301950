import Link from "next/link";
import type { IncidentQueueData } from "@/lib/assistance/list-incidents";
import { QUEUE_LABELS } from "@/lib/assistance/vocabulary";
import { formatDate, formatInteger, these } from "@/lib/format";
import { DataTable, type MaybeColumn } from "@/components/ui/data-table";
import { listStatus, listTableLinks, sortedListHrefs } from "@/components/ui/list-page";
import type { ScopeProps } from "@/components/forms/action-form";
import {
  IncidentStatusBadge,
  SlaBadge,
  UrgencyBadge,
} from "@/components/assistance/incident-badges";
import { BulkHandleForm } from "@/components/assistance/bulk-handle-form";

type Item = IncidentQueueData["items"][number];

function columns(listHref: string, showCollege: boolean, selectable: boolean) {
  const list: MaybeColumn<Item>[] = [
    selectable && {
      key: "select",
      header: <span className="sr-only">Sélection</span>,
      cell: (i) => (
        <input
          type="checkbox"
          name="ids"
          value={i.id}
          id={`sel-${i.id}`}
          aria-label={`Sélectionner ${i.reference}`}
        />
      ),
    },
    {
      key: "reference",
      header: "Référence",
      sort: "reference",
      rowHeader: true,
      className: "font-mono text-xs whitespace-nowrap",
      cell: (i) => <Link href={`${listHref}/${i.id}`}>{i.reference}</Link>,
    },
    showCollege && {
      key: "college",
      header: "Collège",
      cell: (i) => (
        <>
          {i.etablissement.name} <span className="font-mono text-xs">{i.etablissement.uai}</span>
        </>
      ),
    },
    {
      key: "title",
      header: "Objet",
      cell: (i) => (
        <>
          {i.title}
          <span className="block text-xs text-slate-700">
            signalé le {formatDate(i.reportedAt)}
          </span>
        </>
      ),
    },
    { key: "domain", header: "Domaine", cell: (i) => i.domainLabel },
    {
      key: "queue",
      header: "File / niveau",
      cell: (i) => `${QUEUE_LABELS[i.party]} · ${i.level}`,
    },
    {
      key: "status",
      header: "État",
      sort: "status",
      cell: (i) => <IncidentStatusBadge status={i.status} />,
    },
    {
      key: "urgency",
      header: "Urgence",
      sort: "urgency",
      cell: (i) => <UrgencyBadge urgency={i.urgency} />,
    },
    { key: "due", header: "Échéance", sort: "due", cell: (i) => <SlaBadge sla={i.sla} /> },
    { key: "assignee", header: "Attribué à", cell: (i) => i.assignee?.name ?? "—" },
  ];
  return list;
}

/** The queue's table: one row an incident, its deadline in words; handlers act on checked rows. */
export function IncidentQueue({
  data,
  listHref,
  showCollege,
  bulk,
}: {
  data: IncidentQueueData;
  listHref: string;
  showCollege: boolean;
  /** Handlers of the context's queue: whom to assign to, and the form's scope. */
  bulk: (ScopeProps & { people: { id: string; name: string }[] }) | null;
}) {
  const { items, total, pageCount, query } = data;
  const { q, uai, secteur, domain, file, level, etat, anciennete, delai, attribue } = query;
  const filters = { q, uai, secteur, domain, file, level, etat, anciennete, delai, attribue };
  const href = sortedListHrefs(listHref, query, "reportedAt", filters, "desc");
  return (
    <DataTable
      caption={`Incidents (${formatInteger(total)}), page ${formatInteger(query.page)}`}
      label="Tableau des incidents (défilement horizontal)"
      columns={columns(listHref, showCollege, bulk !== null)}
      rows={items}
      rowKey={(i) => i.id}
      {...listTableLinks({
        listHref,
        href,
        query,
        pageCount,
        total,
        what: these(total, "cet incident", "incident"),
      })}
      status={listStatus({
        total,
        noun: "incident",
        empty: "Aucun incident ne correspond à ces critères.",
        page: query.page,
        pageCount,
      })}
      wrap={
        bulk
          ? (table) => (
              <BulkHandleForm {...bulk} hasItems={items.length > 0}>
                {table}
              </BulkHandleForm>
            )
          : undefined
      }
    />
  );
}
