import Link from "next/link";
import type { EtablissementListItem } from "@/lib/etablissements/list-etablissements";
import type { ListEtablissementsQuery } from "@/lib/etablissements/schemas";
import { formatInteger, plural } from "@/lib/format";
import { DataTable } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { InputField } from "@/components/ui/field";
import { listHrefs } from "@/components/ui/list-href";
import { SelectField } from "@/components/ui/select";
import { DepartementSelect } from "@/components/inventory/college-filter-fields";

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
}

const EP_LABELS = { REP: "REP", REP_PLUS: "REP+" } as const;

export function RegistryList({
  items,
  total,
  pageCount,
  query,
  listHref,
  detailHref,
  departements,
}: Props) {
  const multiDepartements = Boolean(departements && departements.length > 1);
  const href = listHrefs(listHref, {
    q: query.q,
    secteur: query.secteur,
    ep: query.ep,
    departement: query.departement,
    etat: query.etat === "OUVERT" ? undefined : query.etat,
    sort: query.sort === "name" ? undefined : query.sort,
    dir: query.dir === "asc" ? undefined : query.dir,
    page: query.page === 1 ? undefined : query.page,
  });

  return (
    <section aria-labelledby="registre-titre">
      <h1 id="registre-titre">Établissements</h1>
      <FilterForm action={listHref} columns={5}>
        <InputField
          id="q"
          name="q"
          type="search"
          label="Rechercher (nom, commune, UAI)"
          defaultValue={query.q ?? ""}
          fieldClassName="lg:col-span-2"
        />
        <SelectField
          id="secteur"
          name="secteur"
          label="Secteur"
          defaultValue={query.secteur ?? ""}
          emptyLabel="Public et privé"
          options={[
            { value: "PUBLIC", label: "Public" },
            { value: "PRIVE", label: "Privé" },
          ]}
        />
        <SelectField
          id="ep"
          name="ep"
          label="Éducation prioritaire"
          defaultValue={query.ep ?? ""}
          emptyLabel="Tous"
          options={[
            { value: "REP", label: "REP" },
            { value: "REP_PLUS", label: "REP+" },
            { value: "HORS_EP", label: "Hors éducation prioritaire" },
          ]}
        />
        {departements && multiDepartements ? (
          <DepartementSelect departements={departements} value={query.departement} />
        ) : null}
      </FilterForm>

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
        sort={{ query, href }}
        status={
          total === 0
            ? "Aucun établissement ne correspond à ces critères."
            : `${plural(total, "établissement")} — page ${formatInteger(query.page)} sur ${formatInteger(pageCount)}`
        }
        exports={
          total > 0
            ? {
                href: href({ page: undefined }, `${listHref}/export`),
                what: `ces ${plural(total, "établissement")}`,
              }
            : undefined
        }
        pagination={{
          page: query.page,
          pageCount,
          href: (page) => href({ page: page === 1 ? undefined : page }),
        }}
      />
      <p className="mt-6 text-xs text-slate-700">
        Source : MENJ, adresse et géolocalisation des établissements et annuaire de
        l&apos;éducation, Licence Ouverte 2.0 (<Link href="/sources">détail des sources</Link>).
      </p>
    </section>
  );
}
