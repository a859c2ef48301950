import Link from "next/link";
import type { AcademieDashboard } from "@/lib/dashboards/academie-dashboard";
import type { ConventionToSign } from "@/lib/dashboards/academie-to-sign";
import { academieLabel } from "@/lib/referentials/labels";
import { formatInteger, plural } from "@/lib/format";
import { toEffectifBasis } from "@/lib/inventory/schemas";
import { ExportLinks } from "@/components/ui/export-links";
import { IndicatorMethod } from "@/components/inventory/indicators/indicator-comparison";
import { dashboardLinks } from "@/components/dashboards/academie/links";
import type { AssistanceMeasures } from "@/lib/assistance/measures";
import { AssistancePanel } from "@/components/assistance/assistance-panel";
import { ToSignSection } from "@/components/dashboards/academie/to-sign-section";
import { DepartementFilter } from "@/components/dashboards/academie/departement-filter";
import { DepartementDrill } from "@/components/dashboards/academie/departement-drill";
import { DepartementsTable } from "@/components/dashboards/academie/departements-table";
import { NeedsSection } from "@/components/dashboards/academie/needs-section";
import {
  AffichagesChart,
  AncienneteChart,
  CoverageChart,
  SignaturesChart,
  TerminauxChart,
} from "@/components/dashboards/academie/academie-charts";

/**
 * The académie's dashboard: what waits for my signature first, then every département side by
 * side (conventions, equipment against the national references, needs awaiting an opinion), and
 * one département's collèges when the URL names it.
 */
export function AcademieDashboardView({
  dashboard,
  toSign,
  assistance,
  base,
  signer,
}: {
  dashboard: AcademieDashboard;
  toSign: { count: number; items: ConventionToSign[] } | null;
  /** The assistance measures; null without incident.read. */
  assistance?: AssistanceMeasures | null;
  base: string;
  signer: boolean;
}) {
  const { filter, departements, total } = dashboard;
  const links = dashboardLinks(
    base,
    filter.kind === "departement" ? filter.code : undefined,
    dashboard.rentree,
  );
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1>Tableau de bord</h1>
        <p className="text-slate-800">
          {academieLabel(dashboard.academie.name)} : {plural(departements.length, "département")},{" "}
          {plural(total.coverage.colleges, "collège public ouvert", "collèges publics ouverts")}.
        </p>
      </div>

      {toSign ? <ToSignSection toSign={toSign} links={links} /> : null}

      <DepartementFilter
        departements={departements}
        filter={filter}
        links={links}
        rentree={dashboard.rentree}
        rentrees={dashboard.rentrees}
      />

      <DepartementDrill dashboard={dashboard} links={links} />

      <section aria-labelledby="departements-titre" className="space-y-3">
        <h2 id="departements-titre">Les départements côte à côte</h2>
        <DepartementsTable dashboard={dashboard} links={links} signer={signer} />
        <ExportLinks href={links.export("departements")} what="le tableau des départements" />
      </section>

      <section aria-labelledby="conventions-titre" className="space-y-3">
        <h2 id="conventions-titre">Conventions</h2>
        <h3>Couverture des collèges publics</h3>
        <CoverageChart dashboard={dashboard} />
        <ExportLinks
          href={links.export("couverture")}
          what="la couverture des conventions par département"
        />
        <h3>Signatures en attente</h3>
        <p className="text-slate-800">
          {plural(total.backlog.inSignature, "convention")} en signature dans l&apos;académie, dont{" "}
          <strong>{formatInteger(total.backlog.awaitingAcademie)}</strong> en attente de la
          signature de l&apos;académie.{" "}
          <Link href={links.conventions("en-signature")}>Voir les conventions en signature</Link>
        </p>
        <SignaturesChart dashboard={dashboard} />
        <ExportLinks
          href={links.export("signatures")}
          what="les conventions en signature par département"
        />
      </section>

      <section aria-labelledby="equipement-titre" className="space-y-3">
        <h2 id="equipement-titre">Équipement comparé aux références nationales</h2>
        <p className="text-slate-800">
          Équipements en service des collèges publics ouverts, rapportés{" "}
          {toEffectifBasis(dashboard.rentree)}.{" "}
          <Link href={links.indicators()}>Voir les indicateurs de chaque collège</Link>
        </p>
        <h3>Terminaux pour 100 élèves</h3>
        <TerminauxChart dashboard={dashboard} />
        <ExportLinks
          href={links.export("terminaux")}
          what="les terminaux pour 100 élèves par département"
        />
        <h3>Ancienneté des terminaux</h3>
        <AncienneteChart dashboard={dashboard} />
        <ExportLinks
          href={links.export("anciennete")}
          what="l'ancienneté des terminaux par département"
        />
        <h3>Affichages interactifs et vidéoprojecteurs</h3>
        <AffichagesChart dashboard={dashboard} />
        <ExportLinks
          href={links.export("affichages")}
          what="les affichages interactifs pour 1 000 élèves par département"
        />
        <IndicatorMethod references={dashboard.references} rentree={dashboard.rentree} />
      </section>

      <NeedsSection dashboard={dashboard} links={links} />

      {assistance ? (
        <AssistancePanel
          m={assistance}
          action={base}
          exportPath={`${base}/tableau-de-bord/export`}
        />
      ) : null}
    </div>
  );
}
