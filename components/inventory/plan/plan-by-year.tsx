import Link from "next/link";
import type { RenewalPlan } from "@/lib/inventory/renewal-plan";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { ExportLinks } from "@/components/ui/export-links";
import { planYearColumns } from "@/components/inventory/plan/plan-cell";
import type { PlanSummaryProps } from "@/components/inventory/plan/plan-href";
import { DataTable } from "@/components/ui/data-table";

/** Totals per exercice, then cost and count per category × exercice. */
export function PlanByYear({ plan, href, exportHref }: PlanSummaryProps) {
  const { query, all, byCategory } = plan;
  const lastYear = query.years.at(-1)!;
  const listOf = (year: number, category?: string) =>
    href("liste", { annee: year, category, page: undefined });
  return (
    <>
      <section aria-labelledby="plan-annees">
        <h2 id="plan-annees">Par exercice</h2>
        <DataTable
          caption={`Équipements à renouveler et coût estimé par exercice, ${query.firstYear} à ${lastYear}`}
          label="Tableau (défilement horizontal)"
          columns={[
            { key: "year", header: "Exercice", rowHeader: true, cell: ({ year }) => year },
            {
              key: "count",
              header: "Équipements",
              numeric: true,
              cell: ({ cell }) => formatInteger(cell.count),
            },
            {
              key: "overdue",
              header: "dont en retard",
              numeric: true,
              cell: ({ i }) => (i === 0 ? formatInteger(all.overdue.count) : "—"),
            },
            {
              key: "cost",
              header: "Coût estimé",
              numeric: true,
              cell: ({ cell }) => formatCents(cell.costCents),
            },
            {
              key: "detail",
              header: "Détail",
              cell: ({ year, cell }) =>
                cell.count > 0 ? (
                  <Link href={listOf(year)}>
                    Liste<span className="sr-only"> des équipements dus en {year}</span>
                  </Link>
                ) : (
                  "—"
                ),
            },
          ]}
          rows={query.years.map((year, i) => ({ year, i, cell: all.perYear[i]! }))}
          rowKey={({ year }) => year}
          totals={{
            label: `Total ${query.firstYear}–${lastYear}`,
            cells: {
              count: formatInteger(all.total.count),
              overdue: formatInteger(all.overdue.count),
              cost: formatCents(all.total.costCents),
              detail: null,
            },
          }}
        />
      </section>

      <section aria-labelledby="plan-categories" className="mt-8">
        <h2 id="plan-categories">Par catégorie et par exercice</h2>
        {byCategory.length === 0 ? (
          <p className="mt-2">
            Aucun équipement en service ou en panne ne correspond à ces filtres.
          </p>
        ) : (
          <>
            <DataTable
              caption="Coût estimé et nombre d'équipements à renouveler par catégorie et par exercice"
              label="Tableau (défilement horizontal)"
              columns={[
                {
                  key: "category",
                  header: "Catégorie",
                  rowHeader: true,
                  cell: (line) => CATEGORY_LABELS[line.category],
                },
                ...planYearColumns<(typeof byCategory)[number]>(query.years, (line, year) => ({
                  href: listOf(year, line.category),
                  label: `: ${CATEGORY_LABELS[line.category]} en ${year}, voir la liste`,
                })),
                {
                  key: "beyond",
                  header: `Au-delà de ${lastYear}`,
                  numeric: true,
                  cell: (line) =>
                    line.beyond.count > 0 ? plural(line.beyond.count, "équipement") : "—",
                },
                {
                  key: "unplannable",
                  header: "Non planifiables",
                  numeric: true,
                  cell: (line) =>
                    line.unplannable.count > 0 ? plural(line.unplannable.count, "équipement") : "—",
                },
              ]}
              rows={byCategory}
              rowKey={(line) => line.category}
            />
            <ExportLinks
              href={`${exportHref}?${exportSearch(plan, "categories")}`}
              what="ce tableau par catégorie"
            />
          </>
        )}
      </section>
    </>
  );
}

/** The filters of a summary export: start year, collège, category. */
export function exportSearch(plan: RenewalPlan, vue: string): string {
  const search = new URLSearchParams({ vue, debut: String(plan.query.firstYear) });
  if (plan.query.uai) search.set("uai", plan.query.uai);
  if (plan.query.category) search.set("category", plan.query.category);
  return search.toString();
}
