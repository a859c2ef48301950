import Link from "next/link";
import type { AuditEventListItem, AuditJournalData } from "@/lib/audit/list-audit-events";
import {
  auditActionLabel,
  auditEntityTypeLabel,
  describeAuditChanges,
  ENTITY_TYPE_LABELS,
} from "@/lib/audit/labels";
import { formatDateTime, formatInteger, plural } from "@/lib/format";
import { Pagination } from "@/components/ui/pagination";

const field = "mt-1 w-full rounded border border-slate-500 px-2 py-2";

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

/** The audit journal of a space: filters (GET), events newest first, pagination. */
export function AuditJournal({
  items,
  total,
  pageCount,
  query,
  actions,
  listHref,
}: AuditJournalData & { listHref: string }) {
  const href = (page: number) => {
    const search = new URLSearchParams();
    const values = {
      action: query.action,
      entityType: query.entityType,
      actor: query.actor,
      from: query.from,
      to: query.to,
    };
    for (const [key, value] of Object.entries(values)) if (value) search.set(key, value);
    if (query.pageSize !== 50) search.set("pageSize", String(query.pageSize));
    if (page > 1) search.set("page", String(page));
    const text = search.toString();
    return text ? `${listHref}?${text}` : listHref;
  };
  const filtered = Boolean(
    query.action || query.entityType || query.actor || query.from || query.to,
  );
  // A prefix or type typed in the URL stays visible in its dropdown instead of reading « Toutes ».
  const actionOptions =
    query.action && !actions.includes(query.action) ? [...actions, query.action] : actions;
  const entityTypes = Object.keys(ENTITY_TYPE_LABELS);
  if (query.entityType && !entityTypes.includes(query.entityType))
    entityTypes.push(query.entityType);

  return (
    <section aria-labelledby="journal-titre">
      <h1 id="journal-titre">Journal d&apos;audit</h1>
      <p className="mt-2 max-w-3xl text-slate-800">
        Chaque modification faite dans cet espace est enregistrée ici, avec son auteur. Les
        événements sont chaînés les uns aux autres : une modification ou une suppression après coup
        est détectée par la vérification du journal.
      </p>
      <form
        method="get"
        action={listHref}
        className="mt-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
      >
        <div>
          <label htmlFor="action" className="block text-sm font-medium">
            Action
          </label>
          <select id="action" name="action" defaultValue={query.action ?? ""} className={field}>
            <option value="">Toutes</option>
            {actionOptions.map((a) => (
              <option key={a} value={a}>
                {actions.includes(a) ? auditActionLabel(a) : `Commençant par « ${a} »`}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="entityType" className="block text-sm font-medium">
            Objet
          </label>
          <select
            id="entityType"
            name="entityType"
            defaultValue={query.entityType ?? ""}
            className={field}
          >
            <option value="">Tous</option>
            {entityTypes.map((t) => (
              <option key={t} value={t}>
                {auditEntityTypeLabel(t)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="actor" className="block text-sm font-medium">
            Auteur (nom ou adresse e-mail)
          </label>
          <input
            id="actor"
            name="actor"
            type="search"
            defaultValue={query.actor ?? ""}
            className={field}
          />
        </div>
        <div>
          <label htmlFor="from" className="block text-sm font-medium">
            Du (inclus)
          </label>
          <input
            id="from"
            name="from"
            type="date"
            defaultValue={query.from ?? ""}
            className={field}
          />
        </div>
        <div>
          <label htmlFor="to" className="block text-sm font-medium">
            Au (inclus)
          </label>
          <input id="to" name="to" type="date" defaultValue={query.to ?? ""} className={field} />
        </div>
        <div className="flex items-end gap-3 lg:col-span-5">
          <button
            type="submit"
            className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
          >
            Filtrer
          </button>
          <Link href={listHref}>Réinitialiser</Link>
        </div>
      </form>

      <p className="mt-4 text-slate-800" aria-live="polite">
        {total === 0
          ? filtered
            ? "Aucun événement ne correspond à ces critères."
            : "Aucun événement n'a encore été enregistré pour cet espace."
          : items.length === 0
            ? `Cette page n'existe pas : la dernière est la page ${formatInteger(pageCount)}.`
            : `${plural(total, "événement")} — page ${formatInteger(query.page)} sur ${formatInteger(pageCount)}`}
        {total > 0 && items.length === 0 ? (
          <>
            {" "}
            <Link href={href(1)}>Revenir à la première page</Link>
          </>
        ) : null}
      </p>

      {items.length > 0 && (
        <div className="mt-2 relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">
              Événements du journal d&apos;audit, du plus récent au plus ancien
            </caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  N°
                </th>
                <th scope="col" className="px-3 py-2">
                  Date
                </th>
                <th scope="col" className="px-3 py-2">
                  Auteur
                </th>
                <th scope="col" className="px-3 py-2">
                  Action
                </th>
                <th scope="col" className="px-3 py-2">
                  Objet
                </th>
                <th scope="col" className="px-3 py-2">
                  Détail
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.seq} className="border-t border-slate-200 align-top">
                  <th scope="row" className="px-3 py-2 font-mono font-normal">
                    {e.seq}
                  </th>
                  <td className="whitespace-nowrap px-3 py-2">
                    <time dateTime={e.occurredAt.toISOString()}>
                      {formatDateTime(e.occurredAt)}
                    </time>
                  </td>
                  <td className="px-3 py-2 break-words">{e.actorLabel}</td>
                  <td className="px-3 py-2">{auditActionLabel(e.action)}</td>
                  <td className="px-3 py-2">
                    {auditEntityTypeLabel(e.entityType)}
                    {e.entityName ? (
                      <span className="block break-words">{e.entityName}</span>
                    ) : e.entityId ? (
                      <span className="block font-mono text-xs text-slate-700">{e.entityId}</span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2">
                    <ChangeDetail event={e} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={query.page} pageCount={pageCount} href={href} />
    </section>
  );
}
