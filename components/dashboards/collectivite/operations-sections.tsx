import type { ReactNode } from "react";
import Link from "next/link";
import type { ConventionsOverview } from "@/lib/dashboards/collectivite-conventions";
import type { OpenCampaign } from "@/lib/dashboards/collectivite-campaigns";
import type { RenewalDue } from "@/lib/dashboards/collectivite-fleet";
import { EXPIRING_DAYS } from "@/lib/dashboards/collectivite-conventions";
import { conventionStatusRows } from "@/lib/dashboards/collectivite-tables";
import type { BudgetSummary } from "@/lib/budgets/budget-summary";
import { formatRate } from "@/lib/budgets/figures";
import { PHASE_LABELS } from "@/lib/campaigns/labels";
import { formatCents, formatDate, formatInteger, plural } from "@/lib/format";
import { ExportLinks } from "@/components/ui/export-links";
import {
  CampaignsChart,
  ConventionsChart,
  ExecutionChart,
  RenewalChart,
} from "@/components/dashboards/collectivite/charts";
import { exportHref } from "@/components/dashboards/collectivite/export-href";
import { DashboardSection, Figure } from "@/components/dashboards/collectivite/section";

/** What is due for renewal this year (overdue included) and next, with its cost. */
export function RenewalSection({ code, renewal }: { code: string; renewal: RenewalDue }) {
  const [y1, y2] = renewal.years;
  const plan = `/c/${code}/inventaire/plan`;
  return (
    <DashboardSection id="renouvellement" title={`Renouvellement en ${y1} et en ${y2}`}>
      <dl className="grid gap-4 sm:grid-cols-2">
        <Figure label={`À renouveler en ${y1}`} value={formatCents(renewal.cells[0].costCents)}>
          <Link
            href={`${plan}?annee=${y1}`}
          >{`Voir les équipements à renouveler en ${y1} (${formatInteger(renewal.cells[0].count)})`}</Link>
          {renewal.overdue.count > 0 ? (
            <>
              , dont {plural(renewal.overdue.count, "équipement échu", "équipements échus")} avant{" "}
              {y1} ({formatCents(renewal.overdue.costCents)}).
            </>
          ) : null}
        </Figure>
        <Figure label={`À renouveler en ${y2}`} value={formatCents(renewal.cells[1].costCents)}>
          <Link
            href={`${plan}?annee=${y2}`}
          >{`Voir les équipements à renouveler en ${y2} (${formatInteger(renewal.cells[1].count)})`}</Link>
        </Figure>
      </dl>
      {renewal.unplannable.count > 0 ? (
        <p className="text-sm text-slate-800">
          {plural(renewal.unplannable.count, "équipement")} sans date d&apos;acquisition ni fin de
          garantie ne {renewal.unplannable.count > 1 ? "peuvent" : "peut"} pas être planifié
          {renewal.unplannable.count > 1 ? "s" : ""} :{" "}
          <Link href={`${plan}?annee=non-planifiable`}>voir les équipements non planifiables</Link>.
        </p>
      ) : null}
      {renewal.byCategory.length > 0 ? (
        <>
          <RenewalChart renewal={renewal} />
          <ExportLinks
            href={exportHref(code, "renouvellement")}
            what={`les renouvellements ${y1} et ${y2}`}
          />
        </>
      ) : (
        <p>
          Aucun équipement n&apos;arrive à échéance en {y1} ni en {y2}.
        </p>
      )}
      <p>
        <Link href={plan}>Voir le plan de renouvellement sur cinq ans</Link>
      </p>
    </DashboardSection>
  );
}

/** Conventions by status (each linked to its tab of the list), coverage and those expiring soon. */
export function ConventionsSection({
  code,
  overview,
}: {
  code: string;
  overview: ConventionsOverview;
}) {
  const list = `/c/${code}/conventions`;
  const coverage = overview.coverage;
  return (
    <DashboardSection id="conventions" title="Conventions">
      {coverage ? (
        <p>
          <strong>{formatInteger(coverage.inForce)}</strong> collèges publics ouverts sur{" "}
          {formatInteger(coverage.colleges)} ont une convention tripartite en vigueur
          {coverage.inSignature > 0
            ? `, ${formatInteger(coverage.inSignature)} en ont une en signature`
            : ""}
          .
        </p>
      ) : null}
      {overview.counts.toutes === 0 ? (
        <p>
          Aucune convention n&apos;est encore créée.{" "}
          <Link href={list}>Ouvrir le suivi des conventions</Link>
        </p>
      ) : (
        <>
          <ConventionsChart overview={overview} />
          <ExportLinks href={exportHref(code, "conventions")} what="les conventions par statut" />
          <ul className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
            {conventionStatusRows(overview)
              .filter((r) => r.count > 0)
              .map((r) => (
                <li key={r.tab}>
                  <Link
                    href={`${list}?tab=${r.tab}`}
                  >{`Voir ${r.what} (${formatInteger(r.count)})`}</Link>
                </li>
              ))}
          </ul>
        </>
      )}
      <h3>Conventions expirant dans les {EXPIRING_DAYS} jours</h3>
      {overview.expiring.length === 0 ? (
        <p>Aucune convention en vigueur n&apos;arrive à échéance dans les {EXPIRING_DAYS} jours.</p>
      ) : (
        <>
          <ul className="space-y-1">
            {overview.expiring.map((c) => (
              <li key={c.id}>
                <Link href={`${list}/${c.id}`}>{c.reference}</Link> –{" "}
                {c.etablissement ? `${c.etablissement.name} (${c.etablissement.uai})` : c.title} :
                fin le {formatDate(c.endsOn)}
              </li>
            ))}
          </ul>
          <p>
            <Link
              href={`${list}?tab=expirant`}
            >{`Voir les conventions expirant dans les ${EXPIRING_DAYS} jours (${formatInteger(overview.counts.expirant)})`}</Link>
          </p>
        </>
      )}
    </DashboardSection>
  );
}

/** The needs campaigns opened and not yet arbitrated: who has submitted, what is asked against the envelope. */
export function CampaignsSection({
  code,
  campaigns,
}: {
  code: string;
  campaigns: readonly OpenCampaign[];
}) {
  return (
    <DashboardSection id="campagne" title="Campagne de recensement des besoins">
      {campaigns.length === 0 ? (
        <p>
          Aucune campagne ouverte.{" "}
          <Link href={`/c/${code}/campagnes`}>Voir les campagnes de besoins</Link>
        </p>
      ) : (
        <>
          {campaigns.map((c) => (
            <article key={c.id} aria-labelledby={`campagne-${c.id}`} className="space-y-2">
              <h3 id={`campagne-${c.id}`}>
                {c.title} – {PHASE_LABELS[c.phase].toLowerCase()}
              </h3>
              <p>
                Dépôts du {formatDate(c.opensOn)} au {formatDate(c.closesOn)} :{" "}
                <strong>{formatInteger(c.colleges)}</strong> collèges sur{" "}
                {formatInteger(c.collegesTotal)} ont déposé {plural(c.needs, "besoin")}, pour{" "}
                <strong>{formatCents(c.requestedCents)}</strong> demandés sur une enveloppe de{" "}
                {formatCents(c.envelopeCents)}
                {c.decided > 0
                  ? ` ; ${plural(c.decided, "besoin arbitré", "besoins arbitrés")}, ${formatCents(c.acceptedCents)} acceptés`
                  : ""}
                .{" "}
                <Link
                  href={`/c/${code}/campagnes/${c.id}`}
                >{`Voir les besoins de la campagne « ${c.title} » (${formatInteger(c.needs)})`}</Link>
              </p>
            </article>
          ))}
          <CampaignsChart campaigns={campaigns} />
          <ExportLinks href={exportHref(code, "campagne")} what="les campagnes en cours" />
        </>
      )}
    </DashboardSection>
  );
}

/** Voted, engaged and mandated for the exercice, with the execution rate. */
export function ExecutionSection({
  code,
  summary,
  notice,
}: {
  code: string;
  summary: BudgetSummary;
  notice?: ReactNode;
}) {
  const budgets = `/c/${code}/budgets?exercice=${summary.exercice}`;
  const t = summary.totals;
  return (
    <DashboardSection id="budget" title={`Exécution du budget ${summary.exercice}`}>
      {notice}
      {summary.lineCount === 0 ? (
        <p>
          Aucune ligne budgétaire pour {summary.exercice}.{" "}
          <Link
            href={`/c/${code}/budgets/lignes?exercice=${summary.exercice}`}
          >{`Voir les lignes budgétaires ${summary.exercice}`}</Link>
        </p>
      ) : (
        <>
          <dl className="grid gap-4 sm:grid-cols-4">
            <Figure label="Voté (BP + DM)" value={formatCents(t.voted)} />
            <Figure label="Engagé" value={formatCents(t.engaged)} />
            <Figure label="Mandaté" value={formatCents(t.mandated)} />
            <Figure label="Taux d'exécution" value={formatRate(t.executionRate)}>
              mandaté sur voté
            </Figure>
          </dl>
          <ExecutionChart summary={summary} />
          <ExportLinks
            href={exportHref(code, "execution", { exercice: summary.exercice })}
            what={`l'exécution du budget ${summary.exercice}`}
          />
          <p>
            <Link href={budgets}>{`Voir la synthèse du budget ${summary.exercice}`}</Link>
            {" · "}
            <Link
              href={`/c/${code}/budgets/lignes?exercice=${summary.exercice}`}
            >{`Voir les lignes budgétaires ${summary.exercice} (${formatInteger(summary.lineCount)})`}</Link>
          </p>
        </>
      )}
    </DashboardSection>
  );
}
