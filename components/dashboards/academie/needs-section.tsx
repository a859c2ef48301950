import Link from "next/link";
import type { AcademieDashboard } from "@/lib/dashboards/academie-dashboard";
import { PHASE_LABELS } from "@/lib/campaigns/labels";
import { formatDate, formatInteger, plural } from "@/lib/format";
import { ExportLinks } from "@/components/ui/export-links";
import { rowOf, summaryOf } from "@/components/dashboards/academie/academie-charts";
import { BarChartWithTable } from "@/components/charts/bar-chart-with-table";
import type { DashboardLinks } from "@/components/dashboards/academie/links";
import { ScrollRegion } from "@/components/ui/scroll-region";

const num = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

/** The open campaigns' needs the académie has not given its opinion on, per campaign and per département. */
export function NeedsSection({
  dashboard,
  links,
}: {
  dashboard: AcademieDashboard;
  links: DashboardLinks;
}) {
  const { campaigns, total } = dashboard;
  return (
    <section aria-labelledby="besoins-titre" className="space-y-3">
      <h2 id="besoins-titre">Besoins en attente de l&apos;avis de l&apos;académie</h2>
      {campaigns.length === 0 ? (
        <p>
          Aucune campagne de recensement des besoins n&apos;est ouverte aux avis de l&apos;académie.
        </p>
      ) : (
        <>
          <p>
            <strong>{plural(total.needsAwaitingOpinion, "besoin")}</strong> sans avis dans{" "}
            {plural(campaigns.length, "campagne ouverte", "campagnes ouvertes")}.
          </p>
          <ScrollRegion label="Tableau des campagnes ouvertes (défilement horizontal)" className="">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="px-3 py-2 text-left font-semibold">
                Campagnes ouvertes aux avis de l&apos;académie
              </caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Campagne
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Collectivité
                  </th>
                  <th scope="col" className="px-3 py-2">
                    État
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Clôture des dépôts
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Besoins déposés
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Sans avis de l&apos;académie
                  </th>
                </tr>
              </thead>
              <tbody>
                {campaigns.map((c) => (
                  <tr key={c.id} className="border-t border-slate-200">
                    <th scope="row" className="px-3 py-2 font-normal">
                      <Link href={links.campaignWithoutOpinion(c.id)}>
                        {c.title}
                        <span className="sr-only"> ({c.collectivite}) : besoins sans avis</span>
                      </Link>
                    </th>
                    <td className="px-3 py-2">{c.collectivite}</td>
                    <td className="px-3 py-2">{PHASE_LABELS[c.phase]}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{formatDate(c.closesOn)}</td>
                    <td className={num}>{formatInteger(c.needs)}</td>
                    <td className={`${num} font-semibold`}>{formatInteger(c.awaitingOpinion)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <h3>Par département</h3>
          <NeedsChart dashboard={dashboard} />
          <ExportLinks
            href={links.export("besoins")}
            what="les besoins sans avis par département"
          />
        </>
      )}
      <p>
        <Link href={links.campaigns()}>Toutes les campagnes de besoins de l&apos;académie</Link>
      </p>
    </section>
  );
}

/** The needs without the académie's opinion, per département. */
function NeedsChart({ dashboard }: { dashboard: AcademieDashboard }) {
  const rows = dashboard.departements.map((d) => rowOf(d, { needs: d.needsAwaitingOpinion }));
  return (
    <BarChartWithTable
      caption="Besoins des campagnes ouvertes sans avis de l'académie, par département"
      categoryHeader="Département"
      series={[{ key: "needs", label: "Besoins sans avis", kind: "integer" }]}
      rows={rows}
      total={{
        key: "total",
        label: "Académie",
        values: { needs: dashboard.total.needsAwaitingOpinion },
      }}
      summary={summaryOf(
        "Graphique en barres, besoins sans avis de l'académie",
        rows,
        "needs",
        "integer",
      )}
    />
  );
}
