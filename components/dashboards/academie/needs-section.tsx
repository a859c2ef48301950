import Link from "next/link";
import type { AcademieDashboard } from "@/lib/dashboards/academie-dashboard";
import { PHASE_LABELS } from "@/lib/campaigns/labels";
import { formatDate, formatInteger, plural } from "@/lib/format";
import { ExportLinks } from "@/components/ui/export-links";
import { rowOf, summaryOf } from "@/components/dashboards/academie/academie-charts";
import { BarChartWithTable } from "@/components/charts/bar-chart-with-table";
import type { DashboardLinks } from "@/components/dashboards/academie/links";
import { DataTable } from "@/components/ui/data-table";
import { countColumn } from "@/components/ui/figure-columns";

type Campaign = AcademieDashboard["campaigns"][number];

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
          <DataTable<Campaign>
            caption="Campagnes ouvertes aux avis de l'académie"
            captionVisible
            label="Tableau des campagnes ouvertes (défilement horizontal)"
            className=""
            wrapHeaders
            rows={campaigns}
            rowKey={(c) => c.id}
            columns={[
              {
                key: "title",
                header: "Campagne",
                rowHeader: true,
                cell: (c) => (
                  <Link href={links.campaignWithoutOpinion(c.id)}>
                    {c.title}
                    <span className="sr-only"> ({c.collectivite}) : besoins sans avis</span>
                  </Link>
                ),
              },
              { key: "collectivite", header: "Collectivité", cell: (c) => c.collectivite },
              { key: "phase", header: "État", cell: (c) => PHASE_LABELS[c.phase] },
              {
                key: "closesOn",
                header: "Clôture des dépôts",
                className: "whitespace-nowrap",
                cell: (c) => formatDate(c.closesOn),
              },
              countColumn("needs", "Besoins déposés", (c) => c.needs),
              {
                key: "awaiting",
                header: "Sans avis de l'académie",
                numeric: true,
                className: "font-semibold",
                cell: (c) => formatInteger(c.awaitingOpinion),
              },
            ]}
          />
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
