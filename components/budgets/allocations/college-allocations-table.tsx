import Link from "next/link";
import type { AllocationsPerCollege } from "@/lib/budgets/allocations-per-pupil";
import { ALLOCATION_KIND_LABELS, ALLOCATION_KINDS } from "@/lib/budgets/labels";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { DataTable, type Column } from "@/components/ui/data-table";
import { AllocationStats } from "@/components/budgets/allocations/allocation-stats";
import type { ListHref } from "@/components/ui/list-href";
import { listStatus } from "@/components/ui/list-page";

type Href = ListHref;

const money = (cents: bigint) => (cents === 0n ? "—" : formatCents(cents));

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
      <AllocationStats
        className="mt-3 grid gap-4 sm:grid-cols-3"
        totalCents={totals.totalCents}
        pupilsLabel="Élèves (dernier effectif connu)"
        pupils={formatInteger(totals.eleves)}
        perPupilCents={totals.perPupilCents}
        byKind={totals.byKind}
      />
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
  type Row = (typeof items)[number];
  const columns: Column<Row>[] = [
    {
      key: "name",
      header: "Collège",
      sort: "name",
      rowHeader: true,
      cell: (row) => (
        <>
          <Link
            href={href({ college: row.uai, page: undefined, apage: undefined }) + "#attributions"}
          >
            {row.name}
          </Link>
          <span className="block text-xs text-slate-700">
            {row.communeName} · {row.uai}
          </span>
        </>
      ),
    },
    {
      key: "eleves",
      header: "Élèves",
      sort: "eleves",
      className: "tabular-nums",
      cell: (row) =>
        row.effectif ? (
          <>
            {formatInteger(row.effectif.total)}
            <span className="block text-xs text-slate-700">
              rentrée {row.effectif.rentree}, {row.effectif.source}
            </span>
          </>
        ) : (
          "inconnu"
        ),
    },
    ...ALLOCATION_KINDS.map((kind): Column<Row> => ({
      key: kind,
      header: ALLOCATION_KIND_LABELS[kind],
      numeric: true,
      cell: (row) => money(row.byKind[kind]),
    })),
    {
      key: "total",
      header: "Total attribué",
      sort: "total",
      numeric: true,
      className: "font-semibold",
      cell: (row) => money(row.totalCents),
    },
    {
      key: "perPupil",
      header: "€ par élève",
      sort: "perPupil",
      numeric: true,
      cell: (row) => (row.perPupilCents === null ? "—" : formatCents(row.perPupilCents)),
    },
  ];
  const sums = data.totals;
  return (
    <section aria-labelledby="dotations-colleges" className="mt-6">
      <h2 id="dotations-colleges" className="text-lg font-semibold">
        Par collège
      </h2>
      <DataTable
        caption={`Attributions de l'exercice ${query.exercice} par collège, montants en euros`}
        label="Tableau (défilement horizontal)"
        columns={columns}
        rows={items}
        rowKey={(row) => row.etablissementId}
        sort={{ query, href }}
        status={listStatus({
          total,
          noun: "collège",
          empty: "Aucun collège ne correspond à ce filtre.",
          page: query.page,
          pageCount,
        })}
        statusClassName="mt-1 text-slate-800"
        exports={
          total > 0
            ? { href: exportHref, what: `le tableau par collège de l'exercice ${query.exercice}` }
            : undefined
        }
        totals={{
          label: "Ensemble de la collectivité",
          cells: {
            eleves: formatInteger(sums.eleves),
            ...Object.fromEntries(ALLOCATION_KINDS.map((kind) => [kind, money(sums.byKind[kind])])),
            total: formatCents(sums.totalCents),
            perPupil: sums.perPupilCents === null ? "—" : formatCents(sums.perPupilCents),
          },
        }}
        pagination={{
          page: query.page,
          pageCount,
          href: (page) => href({ page: page === 1 ? undefined : page }),
        }}
      />
    </section>
  );
}
