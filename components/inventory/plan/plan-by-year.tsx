import Link from "next/link";
import type { RenewalPlan } from "@/lib/inventory/renewal-plan";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { ExportLinks } from "@/components/ui/export-links";
import { PlanCellValue, numeric, th } from "@/components/inventory/plan/plan-cell";
import { planHref, type PlanView } from "@/components/inventory/plan/plan-href";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Href = (view: PlanView, overrides?: Parameters<typeof planHref>[3]) => string;

/** Totals per exercice, then cost and count per category × exercice. */
export function PlanByYear({
  plan,
  href,
  exportHref,
}: {
  plan: RenewalPlan;
  href: Href;
  exportHref: string;
}) {
  const { query, all, byCategory } = plan;
  const lastYear = query.years.at(-1)!;
  const listOf = (year: number, category?: string) =>
    href("liste", { annee: year, category, page: undefined });
  return (
    <>
      <section aria-labelledby="plan-annees">
        <h2 id="plan-annees">Par exercice</h2>
        <ScrollRegion label="Tableau (défilement horizontal)" className="mt-2">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">
              Équipements à renouveler et coût estimé par exercice, {query.firstYear} à {lastYear}
            </caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className={th}>
                  Exercice
                </th>
                <th scope="col" className={numeric}>
                  Équipements
                </th>
                <th scope="col" className={numeric}>
                  dont en retard
                </th>
                <th scope="col" className={numeric}>
                  Coût estimé
                </th>
                <th scope="col" className={th}>
                  Détail
                </th>
              </tr>
            </thead>
            <tbody>
              {query.years.map((year, i) => {
                const cell = all.perYear[i]!;
                return (
                  <tr key={year} className="border-t border-slate-200">
                    <th scope="row" className={th}>
                      {year}
                    </th>
                    <td className={`${numeric} tabular-nums`}>{formatInteger(cell.count)}</td>
                    <td className={`${numeric} tabular-nums`}>
                      {i === 0 ? formatInteger(all.overdue.count) : "—"}
                    </td>
                    <td className={`${numeric} tabular-nums`}>{formatCents(cell.costCents)}</td>
                    <td className={th}>
                      {cell.count > 0 ? (
                        <Link href={listOf(year)}>
                          Liste<span className="sr-only"> des équipements dus en {year}</span>
                        </Link>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot className="border-t-2 border-slate-400 font-semibold">
              <tr>
                <th scope="row" className={th}>
                  Total {query.firstYear}–{lastYear}
                </th>
                <td className={`${numeric} tabular-nums`}>{formatInteger(all.total.count)}</td>
                <td className={`${numeric} tabular-nums`}>{formatInteger(all.overdue.count)}</td>
                <td className={`${numeric} tabular-nums`}>{formatCents(all.total.costCents)}</td>
                <td className={th} />
              </tr>
            </tfoot>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="plan-categories" className="mt-8">
        <h2 id="plan-categories">Par catégorie et par exercice</h2>
        {byCategory.length === 0 ? (
          <p className="mt-2">
            Aucun équipement en service ou en panne ne correspond à ces filtres.
          </p>
        ) : (
          <>
            <ScrollRegion label="Tableau (défilement horizontal)" className="mt-2">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="sr-only">
                  Coût estimé et nombre d&apos;équipements à renouveler par catégorie et par
                  exercice
                </caption>
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className={th}>
                      Catégorie
                    </th>
                    {query.years.map((year) => (
                      <th key={year} scope="col" className={numeric}>
                        {year}
                      </th>
                    ))}
                    <th scope="col" className={numeric}>
                      Total
                    </th>
                    <th scope="col" className={numeric}>
                      Au-delà de {lastYear}
                    </th>
                    <th scope="col" className={numeric}>
                      Non planifiables
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {byCategory.map((line) => (
                    <tr key={line.category} className="border-t border-slate-200">
                      <th scope="row" className={th}>
                        {CATEGORY_LABELS[line.category]}
                      </th>
                      {query.years.map((year, i) => (
                        <td key={year} className={numeric}>
                          <PlanCellValue
                            cell={line.perYear[i]!}
                            href={listOf(year, line.category)}
                            linkLabel={`: ${CATEGORY_LABELS[line.category]} en ${year}, voir la liste`}
                          />
                        </td>
                      ))}
                      <td className={numeric}>
                        <PlanCellValue cell={line.total} />
                      </td>
                      <td className={`${numeric} tabular-nums`}>
                        {line.beyond.count > 0 ? plural(line.beyond.count, "équipement") : "—"}
                      </td>
                      <td className={`${numeric} tabular-nums`}>
                        {line.unplannable.count > 0
                          ? plural(line.unplannable.count, "équipement")
                          : "—"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
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
