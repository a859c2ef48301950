import Link from "next/link";
import type { AcademieDashboard } from "@/lib/dashboards/academie-dashboard";
import { COLLEGE_CONVENTION_LABELS, departementLabel } from "@/lib/dashboards/academie-tables";
import { formatInteger, plural } from "@/lib/format";
import { Figure } from "@/components/inventory/indicators/figures";
import { ExportLinks } from "@/components/ui/export-links";
import { CollegesChart } from "@/components/dashboards/academie/academie-charts";
import type { DashboardLinks } from "@/components/dashboards/academie/links";
import { ScrollRegion } from "@/components/ui/scroll-region";

const num = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

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
          <ScrollRegion
            label={`Tableau des collèges, ${where} (défilement horizontal)`}
            className=""
          >
            <table className="w-full border-collapse text-left text-sm">
              <caption className="px-3 py-2 text-left font-semibold">
                Les{" "}
                {plural(drill.collegeCount, "collège public ouvert", "collèges publics ouverts")},{" "}
                {where}
              </caption>
              <thead className="bg-slate-100 align-bottom">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Collège
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Élèves
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Terminaux en service
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Terminaux pour 100 élèves
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Élèves par terminal
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Terminaux de plus de 5 ans
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Affichages interactifs pour 1&nbsp;000 élèves
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Convention tripartite
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Besoins sans avis
                  </th>
                </tr>
              </thead>
              <tbody>
                {drill.colleges.map((c) => (
                  <tr key={c.uai} className="border-t border-slate-200">
                    <th scope="row" className="px-3 py-2 font-normal">
                      <Link href={links.college(c.uai)}>
                        {c.name}
                        <span className="sr-only">
                          , {c.communeName}, {c.uai}
                        </span>
                      </Link>
                      <span aria-hidden="true" className="block text-xs text-slate-700">
                        <span className="font-mono">{c.uai}</span> · {c.communeName}
                      </span>
                    </th>
                    <td className={num}>
                      <Figure value={c.eleves} kind="integer" reason="effectif inconnu" />
                    </td>
                    <td className={num}>{formatInteger(c.terminaux)}</td>
                    <td className={num}>
                      <Figure value={c.indicators.terminauxPour100} />
                    </td>
                    <td className={num}>
                      <Figure value={c.indicators.elevesParTerminal} />
                    </td>
                    <td className={num}>
                      <Figure
                        value={c.indicators.partPlus5Ans}
                        kind="percent"
                        reason="aucun terminal daté"
                      />
                    </td>
                    <td className={num}>
                      <Figure value={c.indicators.affichagesPour1000} />
                    </td>
                    <td className="px-3 py-2">{COLLEGE_CONVENTION_LABELS[c.convention]}</td>
                    <td className={num}>{formatInteger(c.needsAwaitingOpinion)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
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
