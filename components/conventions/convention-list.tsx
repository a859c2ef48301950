import Link from "next/link";
import type { ConventionListData } from "@/lib/conventions/list-conventions";
import type { ConventionTab } from "@/lib/conventions/schemas";
import { KIND_LABELS } from "@/lib/conventions/labels";
import { PARTY_IN_SENTENCE, PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { formatDate, formatInteger } from "@/lib/format";
import { DataTable, type Column } from "@/components/ui/data-table";
import { InputField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { StatusBadge } from "@/components/conventions/status-badge";
import { Button } from "@/components/ui/button";
import { hrefWithQuery } from "@/components/ui/list-href";

const TAB_LABELS: Record<ConventionTab, string> = {
  "a-signer": "À signer",
  brouillons: "Brouillons",
  "en-signature": "En signature",
  "en-vigueur": "En vigueur",
  expirant: "Expirant sous 90 jours",
  expirees: "Expirées",
  refusees: "Refusées",
  resiliees: "Résiliées",
  toutes: "Toutes",
};

type Item = ConventionListData["items"][number];

const COLUMNS = (listHref: string): Column<Item>[] => [
  {
    key: "reference",
    header: "Référence",
    rowHeader: true,
    className: "font-mono",
    cell: (c) => <Link href={`${listHref}/${c.id}`}>{c.reference}</Link>,
  },
  {
    key: "kind",
    header: "Objet",
    cell: (c) =>
      `${KIND_LABELS[c.kind]}${c.versionNumber > 1 ? `, version ${c.versionNumber}` : ""}`,
  },
  {
    key: "etablissement",
    header: "Établissement",
    cell: (c) =>
      c.etablissement
        ? `${c.etablissement.name} (${c.etablissement.communeName}) – ${c.etablissement.uai}`
        : "—",
  },
  {
    key: "status",
    header: "État",
    cell: (c) => (
      <>
        <StatusBadge status={c.displayStatus} />
        {c.refusal && (
          <p className="mt-1 max-w-xs text-xs">
            Refusée par {PARTY_IN_SENTENCE[c.refusal.party]}
            {c.refusal.on ? ` le ${formatDate(c.refusal.on)}` : ""} : « {excerpt(c.refusal.reason)}{" "}
            »
          </p>
        )}
      </>
    ),
  },
  {
    key: "awaiting",
    header: "Signature attendue de",
    cell: (c) => (c.awaiting.length ? c.awaiting.map((p) => PARTY_LABELS[p]).join(", ") : "—"),
  },
  {
    key: "period",
    header: "Période",
    className: "whitespace-nowrap",
    cell: (c) => (c.startsOn ? `${formatDate(c.startsOn)} → ${formatDate(c.endsOn)}` : "—"),
  },
];

interface Props {
  data: ConventionListData;
  listHref: string;
  /** Tabs shown to this space (« À signer » only for signers). */
  tabs: readonly ConventionTab[];
  departements?: { code: string; name: string }[];
}

/** The follow-up of a space's conventions: a tab per state, search, the table, pagination. */
export function ConventionList({ data, listHref, tabs, departements }: Props) {
  const { query, counts, items, total, pageCount } = data;
  const href = (changes: Partial<{ tab: string; page: number }>) => {
    const tab = changes.tab ?? query.tab;
    const page = changes.page ?? 1;
    return hrefWithQuery(listHref, {
      tab: tab === "toutes" ? undefined : tab,
      q: query.q,
      departement: query.departement,
      page: page > 1 ? page : undefined,
    });
  };
  return (
    <section aria-labelledby="conventions-liste" className="space-y-4">
      <h2 id="conventions-liste">Suivi des conventions</h2>
      <nav aria-label="États des conventions">
        <ul className="flex flex-wrap gap-2">
          {tabs.map((tab) => (
            <li key={tab}>
              <Link
                href={href({ tab })}
                aria-current={query.tab === tab ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 text-sm no-underline ${query.tab === tab ? "border-blue-800 bg-blue-800 text-white" : "border-slate-400 bg-white text-slate-900"}`}
              >
                {TAB_LABELS[tab]}{" "}
                <span className="font-semibold">({formatInteger(counts[tab])})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={listHref} className="flex flex-wrap items-end gap-3">
        {query.tab !== "toutes" && <input type="hidden" name="tab" value={query.tab} />}
        <InputField
          id="conventions-q"
          name="q"
          type="search"
          label="Rechercher (référence, collège, commune, UAI)"
          defaultValue={query.q}
          className="mt-1 w-72 max-w-full rounded border border-slate-500 px-3 py-2 max-sm:min-h-11"
        />
        {departements && departements.length > 1 && (
          <SelectField
            id="conventions-dep"
            name="departement"
            label="Département"
            defaultValue={query.departement ?? ""}
            emptyLabel="Tous"
            options={departements.map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }))}
            className="mt-1 rounded border border-slate-500 px-2 py-2 max-sm:min-h-11"
          />
        )}
        <Button type="submit">Rechercher</Button>
      </form>
      <DataTable
        caption={`Conventions : ${TAB_LABELS[query.tab]}`}
        className=""
        columns={COLUMNS(listHref)}
        rows={items}
        rowKey={(c) => c.id}
        rowClassName="align-top"
        status={
          total === 0
            ? "Aucune convention dans cette liste."
            : `${formatInteger(total)} convention${total > 1 ? "s" : ""}`
        }
        statusClassName=""
        pagination={{ page: query.page, pageCount, href: (page) => href({ page }) }}
      />
    </section>
  );
}

/** A refusal reason in a table cell: the page of the convention shows it whole. */
function excerpt(reason: string): string {
  return reason.length > 200 ? `${reason.slice(0, 199)}…` : reason;
}
