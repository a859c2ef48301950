import Link from "next/link";
import type { AcademieDashboard } from "@/lib/dashboards/academie-dashboard";
import { COLLEGE_CONVENTION_LABELS, departementLabel } from "@/lib/dashboards/academie-tables";
import { formatInteger, plural } from "@/lib/format";
import { Figure } from "@/components/inventory/indicators/figures";
import { ExportLinks } from "@/components/ui/export-links";
import { indicatorColumns } from "@/components/dashboards/academie/indicator-columns";
import { CollegesChart } from "@/components/dashboards/academie/academie-charts";
import type { DashboardLinks } from "@/components/dashboards/academie/links";
import { DataTable } from "@/components/ui/data-table";
import { countColumn } from "@/components/ui/figure-columns";

type College = NonNullable<AcademieDashboard["drill"]>["colleges"][number];

/** One département's open public collèges: indicators, tripartite convention, needs awaiting an opinion. */
export function DepartementDrill({
  dashboard,
  links,
}: {
  dashboard: AcademieDashboard;
  links: DashboardLinks;
}) {
  const drill = dashboard.drill;
  if (!drill) return null;
  const where = departementLabel(drill);
  return (
    <section
      aria-labelledby="departement-titre"
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-5"
    >
      <h2 id="departement-titre">Collèges publics : {where}</h2>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <Link href={links.indicators(drill.code)}>Indicateurs des collèges, {where}</Link>
        </li>
        <li>
          <Link href={links.conventions("toutes", drill.code)}>Conventions, {where}</Link>
        </li>
        <li>
          <Link href={links.colleges(drill.code)}>Registre des collèges publics, {where}</Link>
        </li>
      </ul>
      {drill.colleges.length === 0 ? (
        <p>Aucun collège public ouvert de l&apos;académie dans ce département.</p>
      ) : (
        <>
          <DataTable<College>
            caption={
              <>
                Les{" "}
                {plural(drill.collegeCount, "collège public ouvert", "collèges publics ouverts")},{" "}
                {where}
              </>
            }
            captionVisible
            label={`Tableau des collèges, ${where} (défilement horizontal)`}
            className=""
            headClassName="bg-slate-100 align-bottom"
            wrapHeaders
            rows={drill.colleges}
            rowKey={(c) => c.uai}
            columns={[
              {
                key: "college",
                header: "Collège",
                rowHeader: true,
                cell: (c) => (
                  <>
                    <Link href={links.college(c.uai)}>
                      {c.name}
                      <span className="sr-only">
                        , {c.communeName}, {c.uai}
                      </span>
                    </Link>
                    <span aria-hidden="true" className="block text-xs text-slate-700">
                      <span className="font-mono">{c.uai}</span> · {c.communeName}
                    </span>
                  </>
                ),
              },
              {
                key: "eleves",
                header: "Élèves",
                numeric: true,
                cell: (c) => <Figure value={c.eleves} kind="integer" reason="effectif inconnu" />,
              },
              countColumn("terminaux", "Terminaux en service", (c) => c.terminaux),
              ...indicatorColumns((c: (typeof drill.colleges)[number]) => c.indicators),
              {
                key: "convention",
                header: "Convention tripartite",
                cell: (c) => COLLEGE_CONVENTION_LABELS[c.convention],
              },
              countColumn("needs", "Besoins sans avis", (c) => c.needsAwaitingOpinion),
            ]}
          />
          {drill.collegeCount > drill.colleges.length ? (
            <p className="text-sm">
              Seuls les {formatInteger(drill.colleges.length)} premiers collèges (par nom) sont
              affichés :{" "}
              <Link href={links.indicators(drill.code)}>
                voir les indicateurs des {formatInteger(drill.collegeCount)} collèges, {where}
              </Link>
              .
            </p>
          ) : null}
          <h3>Terminaux pour 100 élèves par collège</h3>
          <CollegesChart dashboard={dashboard} />
          <ExportLinks href={links.export("colleges")} what={`les collèges, ${where}`} />
        </>
      )}
    </section>
  );
}
