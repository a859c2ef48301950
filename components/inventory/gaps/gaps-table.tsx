import type { GapRow, GapTotals } from "@/lib/inventory/gaps";
import type { GapsQuery } from "@/lib/inventory/gaps-query";
import { GAP_TARGET_LABELS, GAP_TARGET_NOUNS, GAP_TARGETS } from "@/lib/inventory/gaps";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { Pagination } from "@/components/ui/pagination";
import { ExportLinks } from "@/components/ui/export-links";
import {
  collegeColumns,
  EffectifSourcesNote,
  effectifSources,
  FIGURE_CELL,
} from "@/components/inventory/indicators/figures";
import { GapCell } from "@/components/inventory/gaps/gap-cell";
import {
  collegeSearchFilter,
  departementFilter,
} from "@/components/inventory/college-filter-fields";
import { DataTable, type Column } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { KeepSortFields } from "@/components/ui/filter-fields";
import { sortedListHrefs, pageStatus } from "@/components/ui/list-page";

interface Props {
  rows: GapRow[];
  rowCount: number;
  pageCount: number;
  totals: GapTotals;
  query: GapsQuery;
  listHref: string;
  equipmentHref: string;
  departements?: { code: string; name: string }[];
}

/** Each collège against its référentiel: filters, sortable columns, totals of every page, export. */
export function GapsTable({
  rows,
  rowCount,
  pageCount,
  totals,
  query,
  listHref,
  equipmentHref,
  departements,
}: Props) {
  const filters = { q: query.q, departement: query.departement, ecart: query.ecart };
  const defaultDir = query.sort === "cout" ? "desc" : "asc";
  const params = sortedListHrefs(listHref, query, "cout", filters, defaultDir);
  // SortHeader leaves out « asc »; the cost's default is « desc », so the direction is always written.
  const sortHref = (overrides: Record<string, string | number | undefined>) =>
    params({ ...overrides, dir: overrides.dir ?? "asc" });
  const manyDepartements = departements !== undefined && departements.length > 1;
  const sources = effectifSources(rows);
  const measured = totals.colleges - totals.nonCalculables;

  return (
    <section aria-labelledby="ecarts-colleges" className="mt-6">
      <h2 id="ecarts-colleges">Écarts par collège</h2>
      <FilterForm
        action={listHref}
        className="mt-3"
        values={query}
        filters={[
          collegeSearchFilter("lg:col-span-2"),
          manyDepartements && departementFilter(departements),
        ]}
      >
        <div className="flex items-end">
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              name="ecart"
              value="1"
              defaultChecked={query.ecart === "1"}
              className="h-4 w-4"
            />
            Seulement les collèges en écart (équipement manquant)
          </label>
        </div>
        <KeepSortFields query={query} defaultSort="cout" defaultDir={defaultDir} />
      </FilterForm>

      <p className="mt-4 text-slate-800" aria-live="polite">
        {rowCount === 0
          ? "Aucun collège ne correspond à ces critères."
          : pageStatus(
              `${plural(rowCount, "collège")}, dont ${formatInteger(totals.enEcart)} en écart et ${formatInteger(totals.nonCalculables)} non calculable${totals.nonCalculables > 1 ? "s" : ""}`,
              query.page,
              pageCount,
            )}
      </p>
      {rowCount > 0 ? (
        <ExportLinks
          href={params({ page: undefined }, `${listHref}/export`)}
          what={`les écarts de ${plural(rowCount, "collège")}`}
        />
      ) : null}

      <DataTable
        caption={
          <>
            Écarts au référentiel par collège ({formatInteger(rowCount)}) : en service / requis,
            manque ou excédent, coût estimé du manque
          </>
        }
        label="Tableau (défilement horizontal)"
        headClassName="bg-slate-100 align-bottom"
        rows={rows}
        rowKey={(r) => r.etablissementId}
        rowClassName="align-top"
        sort={{ query, href: sortHref }}
        columns={[
          ...collegeColumns<GapRow>({ equipmentHref, showDepartement: manyDepartements, sources }),
          {
            key: "salles",
            header: "Salles estimées",
            className: FIGURE_CELL,
            // Without an effectif, one note stands for the figures.
            colSpan: (r) => (r.gaps ? undefined : GAP_TARGETS.length + 2),
            cellClassName: (r) => (r.gaps ? undefined : "text-slate-800"),
            cell: (r) =>
              r.gaps ? (
                formatInteger(r.gaps.salles)
              ) : (
                <>
                  Non calculable : effectif inconnu (
                  {GAP_TARGETS.map(
                    (t) => `${GAP_TARGET_NOUNS[t]} en service : ${formatInteger(r[t])}`,
                  ).join(", ")}
                  ).
                </>
              ),
          },
          ...GAP_TARGETS.map((t): Column<GapRow> => ({
            key: t,
            header: `${GAP_TARGET_LABELS[t]} (en service / requis)`,
            sort: t,
            className: FIGURE_CELL,
            totalClassName: FIGURE_CELL,
            cell: (r) => <GapCell line={r.gaps!.lines[t]} />,
          })),
          {
            key: "cout",
            header: "Coût estimé du manque",
            sort: "cout",
            className: `${FIGURE_CELL} font-semibold`,
            totalClassName: `${FIGURE_CELL} font-semibold`,
            cell: (r) => formatCents(r.gaps!.missingCostCents),
          },
        ]}
        totals={{
          label: (
            <>
              Total des {plural(measured, "collège mesuré", "collèges mesurés")} (toutes les pages)
            </>
          ),
          cells: {
            ...Object.fromEntries(
              GAP_TARGETS.map((t) => [t, <GapCell key={t} line={totals.lines[t]} />]),
            ),
            cout: formatCents(totals.missingCostCents),
          },
        }}
      />
      <EffectifSourcesNote sources={sources} />
      <Pagination
        page={query.page}
        pageCount={pageCount}
        href={(page) => params({ page: page === 1 ? undefined : page })}
      />
    </section>
  );
}
