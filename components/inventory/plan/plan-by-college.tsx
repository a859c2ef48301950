import Link from "next/link";
import type { RenewalPlan } from "@/lib/inventory/renewal-plan";
import { formatInteger, plural } from "@/lib/format";
import { ExportLinks } from "@/components/ui/export-links";
import { PlanCellValue, planYearColumns } from "@/components/inventory/plan/plan-cell";
import { exportSearch } from "@/components/inventory/plan/plan-by-year";
import type { PlanHref, PlanSummaryProps } from "@/components/inventory/plan/plan-href";
import { DataTable, type Column } from "@/components/ui/data-table";

const noun = (count: number) => (count > 1 ? "équipements" : "équipement");

type Line = RenewalPlan["byCollege"][number];

/** A count linking to the collège's list of those equipments, « — » when none. */
function CountLink({ count, href, label }: { count: number; href: string; label: string }) {
  return count > 0 ? (
    <Link href={href}>
      {formatInteger(count)}
      <span className="sr-only"> {label}</span>
    </Link>
  ) : (
    "—"
  );
}

function collegeColumns(plan: RenewalPlan, href: PlanHref): Column<Line>[] {
  const { query } = plan;
  const lastYear = query.years.at(-1)!;
  const listOf = (line: Line, annee: string | number) =>
    href("liste", { uai: line.uai, annee, page: undefined });
  return [
    {
      key: "college",
      header: "Collège",
      rowHeader: true,
      cell: (line) => (
        <>
          <Link href={listOf(line, query.firstYear)}>{line.name}</Link>{" "}
          <span className="font-mono text-xs">{line.uai}</span>
        </>
      ),
    },
    ...planYearColumns<Line>(query.years, (line, year) => ({
      href: listOf(line, year),
      label: `: ${line.name} en ${year}, voir la liste`,
    })),
    {
      key: "beyond",
      header: `Au-delà de ${lastYear}`,
      numeric: true,
      cell: (line) => (
        <CountLink
          count={line.beyond.count}
          href={listOf(line, "au-dela")}
          label={`${noun(line.beyond.count)} de ${line.name} dus après ${lastYear}`}
        />
      ),
    },
    {
      key: "unplannable",
      header: "Non planifiables",
      numeric: true,
      cell: (line) => (
        <CountLink
          count={line.unplannable.count}
          href={listOf(line, "non-planifiable")}
          label={`${noun(line.unplannable.count)} non planifiables de ${line.name}`}
        />
      ),
    },
  ];
}

/** One row per collège, one column per exercice: cost and count, each linking to its equipment. */
export function PlanByCollege({ plan, href, exportHref }: PlanSummaryProps) {
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
          <DataTable
            caption={`Coût estimé et nombre d'équipements à renouveler par collège et par exercice, ${query.firstYear} à ${lastYear}`}
            label="Tableau (défilement horizontal)"
            columns={collegeColumns(plan, href)}
            rows={byCollege}
            rowKey={(line) => line.uai}
            totals={{
              label: "Total",
              cells: {
                ...Object.fromEntries(
                  query.years.map((year, i) => [
                    year,
                    <PlanCellValue key={year} cell={all.perYear[i]!} />,
                  ]),
                ),
                total: <PlanCellValue cell={all.total} />,
                beyond: formatInteger(all.beyond.count),
                unplannable: formatInteger(all.unplannable.count),
              },
            }}
          />
          <ExportLinks
            href={`${exportHref}?${exportSearch(plan, "colleges")}`}
            what="le plan par collège"
          />
        </>
      )}
    </section>
  );
}
