import Link from "next/link";
import type { EtablissementListItem } from "@/lib/etablissements/list-etablissements";
import type { ListEtablissementsQuery } from "@/lib/etablissements/schemas";
import { formatInteger, these } from "@/lib/format";
import { DataTable } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { listStatus, listTableLinks, sortedListHrefs } from "@/components/ui/list-page";
import { departementFilter } from "@/components/inventory/college-filter-fields";

interface Props {
  items: EtablissementListItem[];
  total: number;
  pageCount: number;
  query: ListEtablissementsQuery;
  /** The list's own URL, e.g. /c/35/etablissements. */
  listHref: string;
  /** Where one établissement's page lives: `${detailHref}/${uai}`. */
  detailHref: string;
  /** Départements to filter on (an académie spans several). */
  departements?: { code: string; name: string }[];
  /** The collectivité's network panel, when the space has one. */
  networkHref?: string;
}

const EP_LABELS = { REP: "REP", REP_PLUS: "REP+" } as const;

const SECTEUR_OPTIONS = [
  { value: "PUBLIC", label: "Public" },
  { value: "PRIVE", label: "Privé" },
];
const EP_OPTIONS = [
  { value: "REP", label: "REP" },
  { value: "REP_PLUS", label: "REP+" },
  { value: "HORS_EP", label: "Hors éducation prioritaire" },
];

export function RegistryList({
  items,
  total,
  pageCount,
  query,
  listHref,
  detailHref,
  departements,
  networkHref,
}: Props) {
  const multiDepartements = Boolean(departements && departements.length > 1);
  const { q, secteur, ep, departement } = query;
  const etat = query.etat === "OUVERT" ? undefined : query.etat;
  const href = sortedListHrefs(listHref, query, "name", { q, secteur, ep, departement, etat });
  const what = these(total, "cet établissement", "établissement");

  return (
    <section aria-labelledby="registre-titre">
      <h1 id="registre-titre">Établissements</h1>
      {networkHref ? (
        <p className="mt-2">
          <Link href={networkHref}>Réseau des collèges : débits, Wi-Fi, contrats et seuils</Link>
        </p>
      ) : null}
      <FilterForm
        action={listHref}
        columns={5}
        values={query}
        filters={[
          {
            name: "q",
            type: "search",
            label: "Rechercher (nom, commune, UAI)",
            className: "lg:col-span-2",
          },
          { name: "secteur", label: "Secteur", all: "Public et privé", options: SECTEUR_OPTIONS },
          { name: "ep", label: "Éducation prioritaire", all: "Tous", options: EP_OPTIONS },
          departements && multiDepartements && departementFilter(departements),
        ]}
      />

      <DataTable
        caption={`Liste des établissements (${formatInteger(total)})`}
        columns={[
          { key: "uai", header: "UAI", sort: "uai", className: "font-mono", cell: (e) => e.uai },
          {
            key: "name",
            header: "Nom",
            sort: "name",
            cell: (e) => (
              <>
                <Link href={`${detailHref}/${e.uai}`}>{e.name}</Link>
                {e.etat === "FERME" ? (
                  <span className="ml-2 rounded bg-slate-200 px-1 text-xs">fermé</span>
                ) : null}
              </>
            ),
          },
          { key: "commune", header: "Commune", sort: "commune", cell: (e) => e.communeName },
          multiDepartements && {
            key: "departement",
            header: "Dép.",
            sort: "departement",
            cell: (e) => e.departementCode,
          },
          {
            key: "secteur",
            header: "Secteur",
            cell: (e) => (e.secteur === "PUBLIC" ? "Public" : "Privé"),
          },
          {
            key: "ep",
            header: "Éduc. prioritaire",
            cell: (e) => (e.educationPrioritaire ? EP_LABELS[e.educationPrioritaire] : "—"),
          },
        ]}
        rows={items}
        rowKey={(e) => e.id}
        {...listTableLinks({ listHref, href, query, pageCount, total, what })}
        status={listStatus({
          total,
          noun: "établissement",
          empty: "Aucun établissement ne correspond à ces critères.",
          page: query.page,
          pageCount,
        })}
      />
      <p className="mt-6 text-xs text-slate-700">
        Source : MENJ, adresse et géolocalisation des établissements et annuaire de
        l&apos;éducation, Licence Ouverte 2.0 (<Link href="/sources">détail des sources</Link>).
      </p>
    </section>
  );
}
