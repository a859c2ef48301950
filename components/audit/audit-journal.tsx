import Link from "next/link";
import type { AuditEventListItem, AuditJournalData } from "@/lib/audit/list-audit-events";
import {
  auditActionLabel,
  auditEntityTypeLabel,
  describeAuditChanges,
  ENTITY_TYPE_LABELS,
} from "@/lib/audit/labels";
import { formatDateTime, formatInteger, plural } from "@/lib/format";
import { DataTable, type Column } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { listHrefs } from "@/components/ui/list-href";
import { pageStatus } from "@/components/ui/list-page";

function ChangeDetail({ event }: { event: AuditEventListItem }) {
  if (event.redacted)
    return <span className="text-slate-700">Valeurs réservées à l&apos;espace concerné</span>;
  const { changed, kept } = describeAuditChanges(event.before, event.after);
  if (changed.length === 0 && kept.length === 0) return <span className="text-slate-700">—</span>;
  // A creation or a removal has one side only: its values, without « — → » on every line.
  const oneSided = event.before == null || event.after == null;
  return (
    <details>
      <summary className="cursor-pointer">
        {oneSided || changed.length === 0
          ? "Détail"
          : plural(changed.length, "donnée modifiée", "données modifiées")}
        <span className="sr-only"> (événement n° {event.seq})</span>
      </summary>
      <dl className="mt-2 space-y-1">
        {changed.map((c) => (
          <div key={c.key}>
            <dt className="inline font-medium">{c.label} : </dt>
            {oneSided ? (
              <dd className="inline">{event.after == null ? c.before : c.after}</dd>
            ) : (
              <dd className="inline">
                {c.before} <span aria-hidden="true">→</span>
                <span className="sr-only">devient</span> {c.after}
              </dd>
            )}
          </div>
        ))}
        {kept.map((c) => (
          <div key={c.key} className="text-slate-700">
            <dt className="inline">{c.label} : </dt>
            <dd className="inline">{c.after} (inchangé)</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

const COLUMNS: Column<AuditEventListItem>[] = [
  { key: "seq", header: "N°", rowHeader: true, className: "font-mono", cell: (e) => e.seq },
  {
    key: "date",
    header: "Date",
    className: "whitespace-nowrap",
    cell: (e) => <time dateTime={e.occurredAt.toISOString()}>{formatDateTime(e.occurredAt)}</time>,
  },
  { key: "actor", header: "Auteur", className: "break-words", cell: (e) => e.actorLabel },
  { key: "action", header: "Action", cell: (e) => auditActionLabel(e.action) },
  {
    key: "entity",
    header: "Objet",
    cell: (e) => (
      <>
        {auditEntityTypeLabel(e.entityType)}
        {e.entityName ? (
          <span className="block break-words">{e.entityName}</span>
        ) : e.entityId ? (
          <span className="block font-mono text-xs text-slate-700">{e.entityId}</span>
        ) : null}
      </>
    ),
  },
  { key: "detail", header: "Détail", cell: (e) => <ChangeDetail event={e} /> },
];

/** The audit journal of a space: filters (GET), events newest first, pagination. */
export function AuditJournal({
  items,
  total,
  pageCount,
  query,
  actions,
  listHref,
}: AuditJournalData & { listHref: string }) {
  const { action, entityType, actor, from, to } = query;
  const pageSize = query.pageSize === 50 ? undefined : query.pageSize;
  const links = listHrefs(listHref, { action, entityType, actor, from, to, pageSize });
  const href = (page: number) => links({ page: page > 1 ? page : undefined });
  const filtered = Boolean(action || entityType || actor || from || to);
  // A prefix or type typed in the URL stays visible in its dropdown instead of reading « Toutes ».
  const actionCodes =
    query.action && !actions.includes(query.action) ? [...actions, query.action] : actions;
  const entityTypes = Object.keys(ENTITY_TYPE_LABELS);
  if (query.entityType && !entityTypes.includes(query.entityType))
    entityTypes.push(query.entityType);
  const actionOptions = actionCodes.map((a) => ({
    value: a,
    label: actions.includes(a) ? auditActionLabel(a) : `Commençant par « ${a} »`,
  }));
  const entityOptions = entityTypes.map((t) => ({ value: t, label: auditEntityTypeLabel(t) }));

  return (
    <section aria-labelledby="journal-titre">
      <h1 id="journal-titre">Journal d&apos;audit</h1>
      <p className="mt-2 max-w-3xl text-slate-800">
        Chaque modification faite dans cet espace est enregistrée ici, avec son auteur. Les
        événements sont chaînés les uns aux autres : une modification ou une suppression après coup
        est détectée par la vérification du journal.
      </p>
      <FilterForm
        action={listHref}
        columns={5}
        values={query}
        filters={[
          { name: "action", label: "Action", all: "Toutes", options: actionOptions },
          { name: "entityType", label: "Objet", all: "Tous", options: entityOptions },
          { name: "actor", type: "search", label: "Auteur (nom ou adresse e-mail)" },
          { name: "from", type: "date", label: "Du (inclus)" },
          { name: "to", type: "date", label: "Au (inclus)" },
        ]}
      />

      <DataTable
        caption="Événements du journal d'audit, du plus récent au plus ancien"
        columns={COLUMNS}
        rows={items}
        rowKey={(e) => e.seq}
        rowClassName="align-top"
        status={
          <>
            {total === 0
              ? filtered
                ? "Aucun événement ne correspond à ces critères."
                : "Aucun événement n'a encore été enregistré pour cet espace."
              : items.length === 0
                ? `Cette page n'existe pas : la dernière est la page ${formatInteger(pageCount)}.`
                : pageStatus(plural(total, "événement"), query.page, pageCount)}
            {total > 0 && items.length === 0 ? (
              <>
                {" "}
                <Link href={href(1)}>Revenir à la première page</Link>
              </>
            ) : null}
          </>
        }
        pagination={{ page: query.page, pageCount, href }}
      />
    </section>
  );
}
