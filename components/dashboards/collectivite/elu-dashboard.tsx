import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import type { ConventionsOverview } from "@/lib/dashboards/collectivite-conventions";
import type { Fleet } from "@/lib/dashboards/collectivite-fleet";
import type { OpenCampaign } from "@/lib/dashboards/collectivite-campaigns";
import type { Equity } from "@/lib/dashboards/equity-map";
import { EXPIRING_DAYS } from "@/lib/dashboards/collectivite-conventions";
import type { EluView } from "@/lib/budgets/elu-view";
import { formatRate, RANGE_POSITION_LABELS } from "@/lib/budgets/figures";
import { PHASE_LABELS } from "@/lib/campaigns/labels";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { ExportLinks } from "@/components/ui/export-links";
import { DemoBudgetNotice } from "@/components/budgets/demo-budget-notice";
import { PerPupilSummary } from "@/components/budgets/budget-summary-view";
import { CategoriesChart, PerPupilChart } from "@/components/budgets/elu-charts";
import { AutorisationsChart, per100 } from "@/components/dashboards/collectivite/charts";
import { DashboardHeader } from "@/components/dashboards/collectivite/agent-dashboard";
import { EquitySection } from "@/components/dashboards/collectivite/equity-section";
import { ProjectsSection } from "@/components/dashboards/collectivite/projects-section";
import { exportHref } from "@/components/dashboards/collectivite/export-href";
import {
  DashboardSection,
  Figure,
  OnThisPage,
  type EluDashboardProps,
} from "@/components/dashboards/collectivite/section";

/** The budget story: voted against executed, € per pupil against the field's range, AP/CP; the detail is on /budgets. */
function BudgetStory({ ctx, code, view }: { ctx: AccessContext; code: string; view: EluView }) {
  const { exercice } = view;
  return (
    <DashboardSection id="budget" title={`Le budget du numérique éducatif ${exercice}`}>
      <DemoBudgetNotice ctx={ctx} />
      {view.lineCount === 0 ? (
        <p>Aucune ligne budgétaire n&apos;est saisie pour {exercice}.</p>
      ) : (
        <>
          <h3>Voté et exécuté par catégorie</h3>
          <CategoriesChart view={view} />
          <ExportLinks
            href={exportHref(code, "budget-categories", { exercice })}
            what={`le voté et l'exécuté par catégorie en ${exercice}`}
          />
          <h3>Euros par élève</h3>
          <PerPupilSummary summary={view} />
          <PerPupilChart view={view} />
          <ExportLinks
            href={exportHref(code, "eleve", { exercice })}
            what={`les euros par élève en ${exercice}`}
          />
        </>
      )}
      <h3>Autorisations de programme et crédits de paiement</h3>
      {view.autorisations.length === 0 ? (
        <p>Aucune autorisation de programme ou d&apos;engagement n&apos;est enregistrée.</p>
      ) : (
        <>
          <AutorisationsChart view={view} />
          <ExportLinks
            href={exportHref(code, "ap")}
            what="les autorisations de programme et leurs crédits de paiement"
          />
        </>
      )}
      <p>
        <Link
          href={`/c/${code}/budgets?exercice=${exercice}`}
        >{`Voir le budget détaillé ${exercice} (chapitres, financements, collèges)`}</Link>
        {view.autorisations.length > 0 ? (
          <>
            {" · "}
            <Link
              href={`/c/${code}/budgets/autorisations`}
            >{`Voir les autorisations de programme et d'engagement (${formatInteger(view.autorisations.length)})`}</Link>
          </>
        ) : null}
      </p>
    </DashboardSection>
  );
}

/** Where the conventions and the needs campaign stand, in two sentences with their lists. */
export function ConventionsAndCampaigns({
  code,
  conventions,
  campaigns,
}: {
  code: string;
  conventions: ConventionsOverview | null;
  campaigns: readonly OpenCampaign[] | null;
}) {
  const coverage = conventions?.coverage;
  return (
    <DashboardSection id="conventions-campagne" title="Conventions et campagne de besoins">
      {conventions ? (
        <p>
          {coverage ? (
            <>
              {formatInteger(coverage.inForce)} collèges publics sur{" "}
              {formatInteger(coverage.colleges)} ont une convention tripartite en vigueur ;{" "}
            </>
          ) : null}
          {plural(conventions.counts["en-signature"], "convention")} en signature,{" "}
          {plural(conventions.counts.expirant, "convention")} arrivant à échéance dans les{" "}
          {EXPIRING_DAYS} jours.{" "}
          <Link
            href={`/c/${code}/conventions?tab=en-vigueur`}
          >{`Voir les conventions en vigueur (${formatInteger(conventions.counts["en-vigueur"])})`}</Link>
        </p>
      ) : null}
      {campaigns ? (
        campaigns.length === 0 ? (
          <p>Aucune campagne de recensement des besoins ouverte.</p>
        ) : (
          <ul className="space-y-1">
            {campaigns.map((c) => (
              <li key={c.id}>
                <Link href={`/c/${code}/campagnes/${c.id}`}>{c.title}</Link> (
                {PHASE_LABELS[c.phase].toLowerCase()}) : {formatInteger(c.colleges)} collèges sur{" "}
                {formatInteger(c.collegesTotal)} ont déposé {plural(c.needs, "besoin")},{" "}
                {formatCents(c.requestedCents)} demandés pour une enveloppe de{" "}
                {formatCents(c.envelopeCents)}.
              </li>
            ))}
          </ul>
        )
      ) : null}
    </DashboardSection>
  );
}

/**
 * The élu's first screen (issue 14, §9): voted and executed, € per élève against the field's range,
 * and how unequal the collèges' equipment is, in one view; the charts and tables follow.
 */
function Essentials({
  view,
  fleet,
  equity,
}: {
  view: EluView | null;
  fleet: Fleet | null;
  equity: Equity | null;
}) {
  const measured = equity?.ranked.filter((c) => c.terminauxPour100 !== null) ?? [];
  const best = measured[0];
  const worst = measured.at(-1);
  const low = measured.filter((c) => c.equityClass === "BAS").length;
  return (
    <DashboardSection id="essentiel" title={view ? `L'essentiel ${view.exercice}` : "L'essentiel"}>
      {view && view.lineCount > 0 ? (
        <dl className="grid gap-4 sm:grid-cols-4">
          <Figure label="Voté (BP + DM)" value={formatCents(view.totals.voted)} />
          <Figure label="Mandaté" value={formatCents(view.totals.mandated)}>
            {formatCents(view.totals.engaged)} engagés
          </Figure>
          <Figure label="Taux d'exécution" value={formatRate(view.totals.executionRate)}>
            mandaté sur voté
          </Figure>
          <Figure
            label="Par élève"
            value={
              view.perPupil.eurosPerPupil === null
                ? "non calculable"
                : formatCents(Math.round(view.perPupil.eurosPerPupil * 100))
            }
          >
            {view.perPupil.position
              ? `${RANGE_POSITION_LABELS[view.perPupil.position]} de ${view.perPupil.range.min} à ${view.perPupil.range.max} €`
              : null}
          </Figure>
        </dl>
      ) : view ? (
        <p>Aucune ligne budgétaire n&apos;est saisie pour {view.exercice}.</p>
      ) : null}
      {fleet && best && worst ? (
        <dl className="grid gap-4 sm:grid-cols-3">
          <Figure
            label="Terminaux pour 100 élèves"
            value={per100(fleet.aggregate.indicators.terminauxPour100)}
          >
            Référence nationale : {fleet.references.terminauxPour100.value} (
            {fleet.references.terminauxPour100.year})
          </Figure>
          <Figure
            label="Écart entre collèges"
            value={`${per100(worst.terminauxPour100)} à ${per100(best.terminauxPour100)}`}
          >
            terminaux pour 100 élèves, de {worst.name} à {best.name}
          </Figure>
          <Figure label="Collèges sous le niveau de 2014" value={formatInteger(low)}>
            sur {plural(measured.length, "collège mesuré", "collèges mesurés")}
          </Figure>
        </dl>
      ) : null}
    </DashboardSection>
  );
}

/** The élu's dashboard: the budget story first, then equity across collèges, then conventions and campaigns. */
export function EluDashboardView({ ctx, code, collectivite, data }: EluDashboardProps) {
  return (
    <div className="space-y-4">
      <DashboardHeader code={code} frame={data} exercices={data.budget?.exercices ?? null} />
      <Essentials view={data.budget} fleet={data.fleet} equity={data.equity} />
      <OnThisPage
        parts={[
          ...(data.budget ? [{ id: "budget", title: "Budget" }] : []),
          ...(data.fleet && data.equity ? [{ id: "equite", title: "Équité entre collèges" }] : []),
          ...(data.conventions || data.campaigns
            ? [{ id: "conventions-campagne", title: "Conventions et campagne" }]
            : []),
          ...(data.projects ? [{ id: "projets", title: "Projets financés" }] : []),
        ]}
      />
      {data.budget ? <BudgetStory ctx={ctx} code={code} view={data.budget} /> : null}
      {data.fleet && data.equity ? (
        <EquitySection
          code={code}
          collectivite={collectivite}
          fleet={data.fleet}
          equity={data.equity}
        />
      ) : null}
      {data.conventions || data.campaigns ? (
        <ConventionsAndCampaigns
          code={code}
          conventions={data.conventions}
          campaigns={data.campaigns}
        />
      ) : null}
      {data.projects ? <ProjectsSection code={code} data={data.projects} /> : null}
    </div>
  );
}
