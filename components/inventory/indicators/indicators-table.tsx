import type { IndicatorsQuery } from "@/lib/inventory/indicators-query";
import type { IndicatorRow } from "@/lib/inventory/indicator-math";
import { formatInteger, plural } from "@/lib/format";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import { ExportLinks } from "@/components/ui/export-links";
import {
  CollegeCells,
  EffectifSourcesNote,
  effectifSources,
  Figure,
} from "@/components/inventory/indicators/figures";
import { RentreeSelect } from "@/components/inventory/indicators/rentree-select";
import {
  collegeSearchFilter,
  departementFilter,
} from "@/components/inventory/college-filter-fields";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { FilterForm } from "@/components/ui/filter-form";
import { KeepSortFields } from "@/components/ui/filter-fields";
import { sortedListHrefs, pageStatus } from "@/components/ui/list-page";

interface Props {
  rows: IndicatorRow[];
  rowCount: number;
  pageCount: number;
  query: IndicatorsQuery;
  /** The page's own URL (…/inventaire/indicateurs). */
  listHref: string;
  /** The space's equipment list, to open one collège's equipment. */
  equipmentHref: string;
  /** Départements to filter on (an académie spans several). */
  departements?: { code: string; name: string }[];
  /** The rentrées with effectifs in the perimeter, newest first. */
  rentrees: readonly number[];
}

/** The indicators of each collège: search, département and rentrée filters, sortable columns, pages, export. */
export function IndicatorsTable({
  rows,
  rowCount,
  pageCount,
  query,
  listHref,
  equipmentHref,
  departements,
  rentrees,
}: Props) {
  const filters = { q: query.q, departement: query.departement, rentree: query.rentree };
  const rentree = query.rentree ?? null;
  const rentreeChoice = rentrees.length > 0 || rentree !== null;
  const params = sortedListHrefs(listHref, query, "name", filters);
  const manyDepartements = departements !== undefined && departements.length > 1;
  const sources = effectifSources(rows);
  const sort = (label: string, column: string) => (
    <SortHeader label={label} column={column} query={query} href={params} />
  );

  return (
    <section aria-labelledby="indicateurs-colleges" className="mt-8">
      <h2 id="indicateurs-colleges">Indicateurs par collège</h2>
      <FilterForm
        action={listHref}
        className="mt-3"
        actionsClassName=""
        values={query}
        filters={[
          collegeSearchFilter(
            manyDepartements && rentreeChoice
              ? ""
              : manyDepartements || rentreeChoice
                ? "lg:col-span-2"
                : "sm:col-span-2 lg:col-span-3",
          ),
          manyDepartements && departementFilter(departements),
        ]}
      >
        {rentreeChoice ? <RentreeSelect rentrees={rentrees} selected={rentree} /> : null}
        <KeepSortFields query={query} defaultSort="name" />
      </FilterForm>

      <p className="mt-4 text-slate-800" aria-live="polite">
        {rowCount === 0
          ? "Aucun collège ne correspond à ces critères."
          : pageStatus(plural(rowCount, "collège"), query.page, pageCount)}
      </p>
      {rowCount > 0 ? (
        <ExportLinks
          href={params({ page: undefined }, `${listHref}/export`)}
          what={`les indicateurs de ${plural(rowCount, "collège")}`}
        />
      ) : null}

      {rows.length > 0 && (
        <ScrollRegion label="Tableau (défilement horizontal)" className="mt-2">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">
              Indicateurs par collège ({formatInteger(rowCount)}), équipements en service
            </caption>
            <thead className="bg-slate-100 align-bottom">
              <tr>
                {sort("Collège", "name")}
                {manyDepartements ? sort("Dép.", "departement") : null}
                {sort("Élèves", "effectif")}
                {sort("Terminaux", "terminaux")}
                {sort("Terminaux pour 100 élèves", "terminauxPour100")}
                {sort("Élèves par terminal", "elevesParTerminal")}
                {sort("Terminaux de plus de 5 ans (%)", "partPlus5Ans")}
                {sort("Affichages interactifs pour 1 000 élèves", "affichagesPour1000")}
                {sort("Vidéoprojecteurs pour 1 000 élèves", "videoprojecteursPour1000")}
                {sort("Classes mobiles pour 1 000 élèves", "classesMobilesPour1000")}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.etablissementId} className="border-t border-slate-200">
                  <CollegeCells
                    row={r}
                    equipmentHref={equipmentHref}
                    showDepartement={manyDepartements}
                    sources={sources}
                  />
                  <td className="px-3 py-2 text-right tabular-nums">
                    {formatInteger(r.terminaux)}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    <Figure value={r.indicators.terminauxPour100} reason="effectif inconnu" />
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    <Figure value={r.indicators.elevesParTerminal} />
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    <Figure
                      value={r.indicators.partPlus5Ans}
                      kind="percent"
                      reason="aucun terminal daté"
                    />
                    {r.terminaux > r.terminauxDates ? (
                      <span className="block text-xs text-slate-700">
                        {formatInteger(r.terminaux - r.terminauxDates)} sans date
                      </span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    <Figure value={r.indicators.affichagesPour1000} reason="effectif inconnu" />
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    <Figure
                      value={r.indicators.videoprojecteursPour1000}
                      reason="effectif inconnu"
                    />
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    <Figure value={r.indicators.classesMobilesPour1000} reason="effectif inconnu" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <EffectifSourcesNote sources={sources} rentree={rentree} />
      <Pagination
        page={query.page}
        pageCount={pageCount}
        href={(page) => params({ page: page === 1 ? undefined : page })}
      />
    </section>
  );
}
