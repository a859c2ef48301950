import Link from "next/link";
import type { AllocationsPerCollege, AmountsByKind } from "@/lib/budgets/allocations-per-pupil";
import { ALLOCATION_KIND_LABELS, ALLOCATION_KINDS } from "@/lib/budgets/labels";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { ExportLinks } from "@/components/ui/export-links";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";

type Href = (overrides: Record<string, string | number | undefined>, base?: string) => string;

const money = (cents: bigint) => (cents === 0n ? "—" : formatCents(cents));

/** The split of an amount by kind as table cells, in ALLOCATION_KINDS order. */
function KindCells({ byKind }: { byKind: AmountsByKind }) {
  return (
    <>
      {ALLOCATION_KINDS.map((kind) => (
        <td key={kind} className="px-3 py-2 text-right tabular-nums">
          {money(byKind[kind])}
        </td>
      ))}
    </>
  );
}

/** The collectivité's totals of the exercice, above the per-collège table. */
export function AllocationTotalsSummary({ data }: { data: AllocationsPerCollege }) {
  const { totals, query } = data;
  return (
    <section
      aria-labelledby="dotations-totaux"
      className="mt-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="dotations-totaux" className="text-lg font-semibold">
        Exercice {query.exercice} : ensemble de la collectivité
      </h2>
      <dl className="mt-3 grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-slate-700">Total attribué</dt>
          <dd className="text-xl font-semibold tabular-nums">{formatCents(totals.totalCents)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">Élèves (dernier effectif connu)</dt>
          <dd className="text-xl font-semibold tabular-nums">{formatInteger(totals.eleves)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">Euros par élève</dt>
          <dd className="text-xl font-semibold tabular-nums">
            {totals.perPupilCents === null ? "non calculable" : formatCents(totals.perPupilCents)}
          </dd>
        </div>
        {ALLOCATION_KINDS.map((kind) => (
          <div key={kind}>
            <dt className="text-sm text-slate-700">{ALLOCATION_KIND_LABELS[kind]}</dt>
            <dd className="font-semibold tabular-nums">{formatCents(totals.byKind[kind])}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-slate-700">
        {plural(totals.colleges, "collège")} ;{" "}
        {totals.collegesAvecEffectif === 0
          ? "aucun effectif d'élèves n'est connu : le montant par élève ne peut être calculé."
          : `le montant par élève rapporte les attributions des collèges dont l'effectif est connu (${plural(totals.collegesAvecEffectif, "collège")}) à leurs élèves.`}
      </p>
    </section>
  );
}

/** Per collège: pupils, allocations by kind, total and €/élève; sortable, paginated, exportable. */
export function CollegeAllocationsTable({
  data,
  href,
  exportHref,
}: {
  data: AllocationsPerCollege;
  href: Href;
  exportHref: string;
}) {
  const { items, total, query, pageCount } = data;
  const sortHref = (overrides: Record<string, string | number | undefined>) => href(overrides);
  return (
    <section aria-labelledby="dotations-colleges" className="mt-6">
      <h2 id="dotations-colleges" className="text-lg font-semibold">
        Par collège
      </h2>
      <p className="mt-1 text-slate-800" aria-live="polite">
        {total === 0
          ? "Aucun collège ne correspond à ce filtre."
          : `${plural(total, "collège")} — page ${formatInteger(query.page)} sur ${formatInteger(pageCount)}`}
      </p>
      {total > 0 ? (
        <ExportLinks
          href={exportHref}
          what={`le tableau par collège de l'exercice ${query.exercice}`}
        />
      ) : null}
      {items.length > 0 ? (
        <div
          role="region"
          aria-label="Tableau (défilement horizontal)"
          tabIndex={0}
          className="mt-2 relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
        >
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">
              Attributions de l&apos;exercice {query.exercice} par collège, montants en euros
            </caption>
            <thead className="bg-slate-100">
              <tr>
                <SortHeader label="Collège" column="name" query={query} href={sortHref} />
                <SortHeader label="Élèves" column="eleves" query={query} href={sortHref} />
                {ALLOCATION_KINDS.map((kind) => (
                  <th key={kind} scope="col" className="px-3 py-2">
                    {ALLOCATION_KIND_LABELS[kind]}
                  </th>
                ))}
                <SortHeader label="Total attribué" column="total" query={query} href={sortHref} />
                <SortHeader label="€ par élève" column="perPupil" query={query} href={sortHref} />
              </tr>
            </thead>
            <tbody>
              {items.map((row) => (
                <tr key={row.etablissementId} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-2 font-normal">
                    <Link
                      href={
                        href({ college: row.uai, page: undefined, apage: undefined }) +
                        "#attributions"
                      }
                    >
                      {row.name}
                    </Link>
                    <span className="block text-xs text-slate-700">
                      {row.communeName} · {row.uai}
                    </span>
                  </th>
                  <td className="px-3 py-2 tabular-nums">
                    {row.effectif ? (
                      <>
                        {formatInteger(row.effectif.total)}
                        <span className="block text-xs text-slate-700">
                          rentrée {row.effectif.rentree}, {row.effectif.source}
                        </span>
                      </>
                    ) : (
                      "inconnu"
                    )}
                  </td>
                  <KindCells byKind={row.byKind} />
                  <td className="px-3 py-2 text-right font-semibold tabular-nums">
                    {money(row.totalCents)}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {row.perPupilCents === null ? "—" : formatCents(row.perPupilCents)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-400 bg-slate-50">
              <tr>
                <th scope="row" className="px-3 py-2">
                  Ensemble de la collectivité
                </th>
                <td className="px-3 py-2 tabular-nums">{formatInteger(data.totals.eleves)}</td>
                <KindCells byKind={data.totals.byKind} />
                <td className="px-3 py-2 text-right font-semibold tabular-nums">
                  {formatCents(data.totals.totalCents)}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {data.totals.perPupilCents === null
                    ? "—"
                    : formatCents(data.totals.perPupilCents)}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      <Pagination
        page={query.page}
        pageCount={pageCount}
        href={(page) => href({ page: page === 1 ? undefined : page })}
      />
    </section>
  );
}
