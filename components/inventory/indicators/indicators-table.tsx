import type { IndicatorsQuery } from "@/lib/inventory/indicators-query";
import type { IndicatorRow, IndicatorValues } from "@/lib/inventory/indicator-math";
import { formatInteger, plural } from "@/lib/format";
import { Pagination } from "@/components/ui/pagination";
import { ExportLinks } from "@/components/ui/export-links";
import {
  collegeColumns,
  EffectifSourcesNote,
  effectifSources,
  Figure,
  FIGURE_CELL,
} from "@/components/inventory/indicators/figures";
import { RentreeSelect } from "@/components/inventory/indicators/rentree-select";
import {
  collegeSearchFilter,
  departementFilter,
} from "@/components/inventory/college-filter-fields";
import { DataTable, type Column } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { KeepSortFields } from "@/components/ui/filter-fields";
import { listStatus, sortedListHrefs } from "@/components/ui/list-page";

/** A ratio per pupils, sortable, « — » when the collège's effectif is unknown. */
function ratioColumn(key: keyof IndicatorValues, header: string): Column<IndicatorRow> {
  return {
    key,
    header,
    sort: key,
    className: FIGURE_CELL,
    cell: (r) => <Figure value={r.indicators[key]} reason="effectif inconnu" />,
  };
}

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
        {listStatus({
          total: rowCount,
          noun: "collège",
          empty: "Aucun collège ne correspond à ces critères.",
          page: query.page,
          pageCount,
        })}
      </p>
      {rowCount > 0 ? (
        <ExportLinks
          href={params({ page: undefined }, `${listHref}/export`)}
          what={`les indicateurs de ${plural(rowCount, "collège")}`}
        />
      ) : null}

      <DataTable
        caption={<>Indicateurs par collège ({formatInteger(rowCount)}), équipements en service</>}
        label="Tableau (défilement horizontal)"
        headClassName="bg-slate-100 align-bottom"
        rows={rows}
        rowKey={(r) => r.etablissementId}
        sort={{ query, href: params }}
        columns={[
          ...collegeColumns<IndicatorRow>({
            equipmentHref,
            showDepartement: manyDepartements,
            sources,
          }),
          {
            key: "terminaux",
            header: "Terminaux",
            sort: "terminaux",
            className: FIGURE_CELL,
            cell: (r) => formatInteger(r.terminaux),
          },
          ratioColumn("terminauxPour100", "Terminaux pour 100 élèves"),
          {
            key: "elevesParTerminal",
            header: "Élèves par terminal",
            sort: "elevesParTerminal",
            className: FIGURE_CELL,
            cell: (r) => <Figure value={r.indicators.elevesParTerminal} />,
          },
          {
            key: "partPlus5Ans",
            header: "Terminaux de plus de 5 ans (%)",
            sort: "partPlus5Ans",
            className: FIGURE_CELL,
            cell: (r) => (
              <>
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
              </>
            ),
          },
          ratioColumn("affichagesPour1000", "Affichages interactifs pour 1 000 élèves"),
          ratioColumn("videoprojecteursPour1000", "Vidéoprojecteurs pour 1 000 élèves"),
          ratioColumn("classesMobilesPour1000", "Classes mobiles pour 1 000 élèves"),
        ]}
      />
      <EffectifSourcesNote sources={sources} rentree={rentree} />
      <Pagination
        page={query.page}
        pageCount={pageCount}
        href={(page) => params({ page: page === 1 ? undefined : page })}
      />
    </section>
  );
}
