import type { GapRow, GapTotals } from "@/lib/inventory/gaps";
import type { GapsQuery } from "@/lib/inventory/gaps-query";
import { GAP_TARGET_LABELS, GAP_TARGET_NOUNS, GAP_TARGETS } from "@/lib/inventory/gaps";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import { ExportLinks } from "@/components/ui/export-links";
import {
  CollegeCells,
  EffectifSourcesNote,
  effectifSources,
} from "@/components/inventory/indicators/figures";
import { GapCell } from "@/components/inventory/gaps/gap-cell";
import {
  collegeSearchFilter,
  departementFilter,
} from "@/components/inventory/college-filter-fields";
import { ScrollRegion } from "@/components/ui/scroll-region";
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
  const sort = (label: string, column: string) => (
    <SortHeader label={label} column={column} query={query} href={sortHref} />
  );
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

      {rows.length > 0 && (
        <ScrollRegion label="Tableau (défilement horizontal)" className="mt-2">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">
              Écarts au référentiel par collège ({formatInteger(rowCount)}) : en service / requis,
              manque ou excédent, coût estimé du manque
            </caption>
            <thead className="bg-slate-100 align-bottom">
              <tr>
                {sort("Collège", "name")}
                {manyDepartements ? sort("Dép.", "departement") : null}
                {sort("Élèves", "effectif")}
                <th scope="col" className="px-3 py-2">
                  Salles estimées
                </th>
                {GAP_TARGETS.map((t) => (
                  <SortHeader
                    key={t}
                    label={`${GAP_TARGET_LABELS[t]} (en service / requis)`}
                    column={t}
                    query={query}
                    href={sortHref}
                  />
                ))}
                {sort("Coût estimé du manque", "cout")}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.etablissementId} className="border-t border-slate-200 align-top">
                  <CollegeCells
                    row={r}
                    equipmentHref={equipmentHref}
                    showDepartement={manyDepartements}
                    sources={sources}
                  />
                  {r.gaps ? (
                    <>
                      <td className="px-3 py-2 text-right tabular-nums">
                        {formatInteger(r.gaps.salles)}
                      </td>
                      {GAP_TARGETS.map((t) => (
                        <td key={t} className="px-3 py-2 text-right tabular-nums">
                          <GapCell line={r.gaps!.lines[t]} />
                        </td>
                      ))}
                      <td className="px-3 py-2 text-right font-semibold tabular-nums">
                        {formatCents(r.gaps.missingCostCents)}
                      </td>
                    </>
                  ) : (
                    <td colSpan={GAP_TARGETS.length + 2} className="px-3 py-2 text-slate-800">
                      Non calculable : effectif inconnu (
                      {GAP_TARGETS.map(
                        (t) => `${GAP_TARGET_NOUNS[t]} en service : ${formatInteger(r[t])}`,
                      ).join(", ")}
                      ).
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-400 bg-slate-50">
              <tr className="align-top">
                <th scope="row" colSpan={manyDepartements ? 4 : 3} className="px-3 py-2 text-left">
                  Total des {plural(measured, "collège mesuré", "collèges mesurés")} (toutes les
                  pages)
                </th>
                {GAP_TARGETS.map((t) => (
                  <td key={t} className="px-3 py-2 text-right tabular-nums">
                    <GapCell line={totals.lines[t]} />
                  </td>
                ))}
                <td className="px-3 py-2 text-right font-semibold tabular-nums">
                  {formatCents(totals.missingCostCents)}
                </td>
              </tr>
            </tfoot>
          </table>
        </ScrollRegion>
      )}
      <EffectifSourcesNote sources={sources} />
      <Pagination
        page={query.page}
        pageCount={pageCount}
        href={(page) => params({ page: page === 1 ? undefined : page })}
      />
    </section>
  );
}
