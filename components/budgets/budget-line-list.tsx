import Link from "next/link";
import type { BudgetLineList } from "@/lib/budgets/list-budget-lines";
import {
  BUDGET_CATEGORIES,
  BUDGET_CATEGORY_LABELS,
  BUDGET_SECTIONS,
  M57_CHAPTERS,
  M57_NATURES,
  SECTION_LABELS,
} from "@/lib/budgets/labels";
import { formatRate } from "@/lib/budgets/figures";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import { ExportLinks } from "@/components/ui/export-links";
import { SELECT_CLASS } from "@/components/budgets/labelled";

const num = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

/** The budget lines of one exercice: filters in the URL, sortable columns, the filter's totals, exports. */
export function BudgetLineListView({
  data,
  listHref,
  canWrite,
}: {
  data: BudgetLineList;
  listHref: string;
  canWrite: boolean;
}) {
  const { items, total, totals, pageCount, query } = data;
  const params = (overrides: Record<string, string | number | undefined>, base = listHref) => {
    const merged: Record<string, string | number | undefined> = {
      exercice: query.exercice,
      section: query.section,
      category: query.category,
      chapitre: query.chapitre,
      sort: query.sort === "chapitre" ? undefined : query.sort,
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
    <section aria-labelledby="lignes-titre">
      <h1 id="lignes-titre">Lignes budgétaires {query.exercice}</h1>
      <form
        method="get"
        action={listHref}
        className="mt-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div>
          <label htmlFor="exercice" className="block text-sm font-medium">
            Exercice
          </label>
          <select
            id="exercice"
            name="exercice"
            defaultValue={query.exercice}
            className={SELECT_CLASS}
          >
            {data.exercices.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="section" className="block text-sm font-medium">
            Section
          </label>
          <select
            id="section"
            name="section"
            defaultValue={query.section ?? ""}
            className={SELECT_CLASS}
          >
            <option value="">Toutes</option>
            {BUDGET_SECTIONS.map((s) => (
              <option key={s} value={s}>
                {SECTION_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="category" className="block text-sm font-medium">
            Catégorie
          </label>
          <select
            id="category"
            name="category"
            defaultValue={query.category ?? ""}
            className={SELECT_CLASS}
          >
            <option value="">Toutes</option>
            {BUDGET_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {BUDGET_CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="chapitre" className="block text-sm font-medium">
            Chapitre
          </label>
          <select
            id="chapitre"
            name="chapitre"
            defaultValue={query.chapitre ?? ""}
            className={SELECT_CLASS}
          >
            <option value="">Tous</option>
            {data.chapitres.map((c) => (
              <option key={c} value={c}>
                {M57_CHAPTERS[c] ? `${c} – ${M57_CHAPTERS[c]}` : c}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-3 lg:col-span-4">
          <button
            type="submit"
            className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
          >
            Afficher
          </button>
          <Link href={`${listHref}?exercice=${query.exercice}`}>Réinitialiser les filtres</Link>
        </div>
      </form>

      {canWrite ? (
        <p className="mt-4 text-sm">
          <Link href={`${listHref}/nouvelle?exercice=${query.exercice}`} className="font-semibold">
            + Ajouter une ligne
          </Link>
        </p>
      ) : null}
      <p className="mt-4 text-slate-800" aria-live="polite">
        {total === 0
          ? `Aucune ligne budgétaire ne correspond à ces critères pour ${query.exercice}.`
          : `${plural(total, "ligne")} : ${formatCents(totals.voted)} votés, ${formatCents(totals.mandated)} mandatés (exécution ${formatRate(totals.executionRate)}).`}
      </p>
      {total > 0 ? (
        <ExportLinks
          href={params({ page: undefined }, `${listHref}/export`)}
          what={total === 1 ? "cette ligne" : `ces ${plural(total, "ligne")}`}
        />
      ) : null}

      {items.length > 0 ? (
        <div
          role="region"
          aria-label="Tableau des lignes (défilement horizontal)"
          tabIndex={0}
          className="mt-2 relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
        >
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">
              Lignes budgétaires de l&apos;exercice {query.exercice} ({formatInteger(total)}), page{" "}
              {formatInteger(query.page)}
            </caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Section
                </th>
                <SortHeader label="Chapitre" column="chapitre" query={query} href={params} />
                <th scope="col" className="px-3 py-2">
                  Fonction
                </th>
                <SortHeader label="Nature" column="nature" query={query} href={params} />
                <SortHeader label="Libellé" column="label" query={query} href={params} />
                <SortHeader label="Catégorie" column="category" query={query} href={params} />
                <th scope="col" className="px-3 py-2">
                  AP / AE
                </th>
                <SortHeader label="BP" column="bp" query={query} href={params} />
                <th scope="col" className="px-3 py-2 text-right">
                  DM
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Voté
                </th>
                <SortHeader label="Engagé" column="engaged" query={query} href={params} />
                <SortHeader label="Mandaté" column="mandated" query={query} href={params} />
                <th scope="col" className="px-3 py-2 text-right">
                  Exécution
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((line) => (
                <tr key={line.id} className="border-t border-slate-200">
                  <td className="px-3 py-2">{SECTION_LABELS[line.section]}</td>
                  <td className="px-3 py-2 font-mono">{line.chapitre}</td>
                  <td className="px-3 py-2 font-mono">{line.fonction}</td>
                  <td className="px-3 py-2">
                    <span className="font-mono">{line.nature}</span>
                    {M57_NATURES[line.nature] ? (
                      <span className="block text-xs text-slate-700">
                        {M57_NATURES[line.nature]}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2">
                    <Link href={`${listHref}/${line.id}`}>{line.label}</Link>
                  </td>
                  <td className="px-3 py-2">{BUDGET_CATEGORY_LABELS[line.category]}</td>
                  <td className="px-3 py-2">
                    {line.autorisation ? line.autorisation.numero : "—"}
                  </td>
                  <td className={num}>{formatCents(line.bp)}</td>
                  <td className={num}>{formatCents(line.dm)}</td>
                  <td className={num}>{formatCents(line.voted)}</td>
                  <td className={num}>{formatCents(line.engaged)}</td>
                  <td className={num}>{formatCents(line.mandated)}</td>
                  <td className={num}>{formatRate(line.executionRate)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-400 bg-slate-50 font-semibold">
              <tr>
                <th scope="row" colSpan={7} className="px-3 py-2">
                  Total ({plural(total, "ligne")})
                </th>
                <td className={num}>{formatCents(totals.bp)}</td>
                <td className={num}>{formatCents(totals.dm)}</td>
                <td className={num}>{formatCents(totals.voted)}</td>
                <td className={num}>{formatCents(totals.engaged)}</td>
                <td className={num}>{formatCents(totals.mandated)}</td>
                <td className={num}>{formatRate(totals.executionRate)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      <Pagination
        page={query.page}
        pageCount={pageCount}
        href={(page) => params({ page: page === 1 ? undefined : page })}
      />
    </section>
  );
}
