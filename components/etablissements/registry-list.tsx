import Link from "next/link";
import type { EtablissementListItem } from "@/lib/etablissements/list-etablissements";
import type { ListEtablissementsQuery } from "@/lib/etablissements/schemas";
import { formatInteger, plural } from "@/lib/format";
import { ExportLinks } from "@/components/ui/export-links";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";

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
  const params = (overrides: Record<string, string | number | undefined>, base = listHref) => {
    const merged: Record<string, string | number | undefined> = {
      q: query.q,
      secteur: query.secteur,
      ep: query.ep,
      departement: query.departement,
      etat: query.etat === "OUVERT" ? undefined : query.etat,
      sort: query.sort === "name" ? undefined : query.sort,
      dir: query.dir === "asc" ? undefined : query.dir,
      page: query.page === 1 ? undefined : query.page,
      ...overrides,
    };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(merged))
      if (value !== undefined && value !== "") search.set(key, String(value));
    const text = search.toString();
    return text ? `${base}?${text}` : base;
  };

  return (
    <section aria-labelledby="registre-titre">
      <h1 id="registre-titre">Établissements</h1>
      <form
        method="get"
        action={listHref}
        className="mt-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
      >
        <div className="lg:col-span-2">
          <label htmlFor="q" className="block text-sm font-medium">
            Rechercher (nom, commune, UAI)
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="secteur" className="block text-sm font-medium">
            Secteur
          </label>
          <select
            id="secteur"
            name="secteur"
            defaultValue={query.secteur ?? ""}
            className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
          >
            <option value="">Public et privé</option>
            <option value="PUBLIC">Public</option>
            <option value="PRIVE">Privé</option>
          </select>
        </div>
        <div>
          <label htmlFor="ep" className="block text-sm font-medium">
            Éducation prioritaire
          </label>
          <select
            id="ep"
            name="ep"
            defaultValue={query.ep ?? ""}
            className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
          >
            <option value="">Tous</option>
            <option value="REP">REP</option>
            <option value="REP_PLUS">REP+</option>
            <option value="HORS_EP">Hors éducation prioritaire</option>
          </select>
        </div>
        {departements && departements.length > 1 ? (
          <div>
            <label htmlFor="departement" className="block text-sm font-medium">
              Département
            </label>
            <select
              id="departement"
              name="departement"
              defaultValue={query.departement ?? ""}
              className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
            >
              <option value="">Tous</option>
              {departements.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.code} – {d.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
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
          ? "Aucun établissement ne correspond à ces critères."
          : `${plural(total, "établissement")} — page ${formatInteger(query.page)} sur ${formatInteger(pageCount)}`}
      </p>
      {total > 0 && (
        <ExportLinks
          href={params({ page: undefined }, `${listHref}/export`)}
          what={`ces ${plural(total, "établissement")}`}
        />
      )}

      {items.length > 0 && (
        <div className="mt-2 relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Liste des établissements ({formatInteger(total)})</caption>
            <thead className="bg-slate-100">
              <tr>
                <SortHeader label="UAI" column="uai" query={query} href={params} />
                <SortHeader label="Nom" column="name" query={query} href={params} />
                <SortHeader label="Commune" column="commune" query={query} href={params} />
                {departements && departements.length > 1 ? (
                  <SortHeader label="Dép." column="departement" query={query} href={params} />
                ) : null}
                <th scope="col" className="px-3 py-2">
                  Secteur
                </th>
                <th scope="col" className="px-3 py-2">
                  Éduc. prioritaire
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id} className="border-t border-slate-200">
                  <td className="px-3 py-2 font-mono">{e.uai}</td>
                  <td className="px-3 py-2">
                    <Link href={`${detailHref}/${e.uai}`}>{e.name}</Link>
                    {e.etat === "FERME" ? (
                      <span className="ml-2 rounded bg-slate-200 px-1 text-xs">fermé</span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2">{e.communeName}</td>
                  {departements && departements.length > 1 ? (
                    <td className="px-3 py-2">{e.departementCode}</td>
                  ) : null}
                  <td className="px-3 py-2">{e.secteur === "PUBLIC" ? "Public" : "Privé"}</td>
                  <td className="px-3 py-2">
                    {e.educationPrioritaire ? EP_LABELS[e.educationPrioritaire] : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={query.page}
        pageCount={pageCount}
        href={(page) => params({ page: page === 1 ? undefined : page })}
      />
      <p className="mt-6 text-xs text-slate-700">
        Source : MENJ, adresse et géolocalisation des établissements et annuaire de
        l&apos;éducation, Licence Ouverte 2.0 (<Link href="/sources">détail des sources</Link>).
      </p>
    </section>
  );
}
