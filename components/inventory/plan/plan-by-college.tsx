import Link from "next/link";
import type { RenewalPlan } from "@/lib/inventory/renewal-plan";
import { formatInteger, plural } from "@/lib/format";
import { ExportLinks } from "@/components/ui/export-links";
import { PlanCellValue, numeric, th } from "@/components/inventory/plan/plan-cell";
import { exportSearch } from "@/components/inventory/plan/plan-by-year";
import type { planHref, PlanView } from "@/components/inventory/plan/plan-href";
import { ScrollRegion } from "@/components/ui/scroll-region";

const noun = (count: number) => (count > 1 ? "équipements" : "équipement");

type Href = (view: PlanView, overrides?: Parameters<typeof planHref>[3]) => string;

/** One row per collège, one column per exercice: cost and count, each linking to its equipment. */
export function PlanByCollege({
  plan,
  href,
  exportHref,
}: {
  plan: RenewalPlan;
  href: Href;
  exportHref: string;
}) {
  const { query, all, byCollege } = plan;
  const lastYear = query.years.at(-1)!;
  return (
    <section aria-labelledby="plan-colleges">
      <h2 id="plan-colleges">Par collège</h2>
      {byCollege.length === 0 ? (
        <p className="mt-2">Aucun équipement en service ou en panne ne correspond à ces filtres.</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-800">
            {plural(byCollege.length, "collège")} ; le nom d&apos;un collège mène à la liste de ses
            équipements dus en {query.firstYear}.
          </p>
          <ScrollRegion label="Tableau (défilement horizontal)" className="mt-2">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">
                Coût estimé et nombre d&apos;équipements à renouveler par collège et par exercice,{" "}
                {query.firstYear} à {lastYear}
              </caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className={th}>
                    Collège
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
                {byCollege.map((line) => {
                  const listOf = (annee: string | number) =>
                    href("liste", { uai: line.uai, annee, page: undefined });
                  return (
                    <tr key={line.uai} className="border-t border-slate-200">
                      <th scope="row" className={`${th} font-normal`}>
                        <Link href={listOf(query.firstYear)}>{line.name}</Link>{" "}
                        <span className="font-mono text-xs">{line.uai}</span>
                      </th>
                      {query.years.map((year, i) => (
                        <td key={year} className={numeric}>
                          <PlanCellValue
                            cell={line.perYear[i]!}
                            href={listOf(year)}
                            linkLabel={`: ${line.name} en ${year}, voir la liste`}
                          />
                        </td>
                      ))}
                      <td className={numeric}>
                        <PlanCellValue cell={line.total} />
                      </td>
                      <td className={`${numeric} tabular-nums`}>
                        {line.beyond.count > 0 ? (
                          <Link href={listOf("au-dela")}>
                            {formatInteger(line.beyond.count)}
                            <span className="sr-only">
                              {" "}
                              {noun(line.beyond.count)} de {line.name} dus après {lastYear}
                            </span>
                          </Link>
                        ) : (
                          "—"
                        )}
                      </td>
                      <td className={`${numeric} tabular-nums`}>
                        {line.unplannable.count > 0 ? (
                          <Link href={listOf("non-planifiable")}>
                            {formatInteger(line.unplannable.count)}
                            <span className="sr-only">
                              {" "}
                              {noun(line.unplannable.count)} non planifiables de {line.name}
                            </span>
                          </Link>
                        ) : (
                          "—"
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot className="border-t-2 border-slate-400">
                <tr>
                  <th scope="row" className={th}>
                    Total
                  </th>
                  {query.years.map((year, i) => (
                    <td key={year} className={numeric}>
                      <PlanCellValue cell={all.perYear[i]!} />
                    </td>
                  ))}
                  <td className={numeric}>
                    <PlanCellValue cell={all.total} />
                  </td>
                  <td className={`${numeric} tabular-nums`}>{formatInteger(all.beyond.count)}</td>
                  <td className={`${numeric} tabular-nums`}>
                    {formatInteger(all.unplannable.count)}
                  </td>
                </tr>
              </tfoot>
            </table>
          </ScrollRegion>
          <ExportLinks
            href={`${exportHref}?${exportSearch(plan, "colleges")}`}
            what="le plan par collège"
          />
        </>
      )}
    </section>
  );
}
