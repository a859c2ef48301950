import Link from "next/link";
import type { EluView } from "@/lib/budgets/elu-view";
import { formatRate, PER_PUPIL_RANGE } from "@/lib/budgets/figures";
import { SECTION_LABELS } from "@/lib/budgets/labels";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { ExportLinks } from "@/components/ui/export-links";
import { ExercicePicker } from "@/components/budgets/exercice-picker";
import {
  AutorisationsSection,
  CampaignsTable,
  CommissionLinks,
} from "@/components/budgets/elu-budget-parts";
import { FiguresTable, PerPupilSummary } from "@/components/budgets/budget-summary-view";
import {
  CategoriesChart,
  ChapitresChart,
  CollegesChart,
  EvolutionChart,
  FundingChart,
  PerPupilChart,
} from "@/components/budgets/elu-charts";

const SECTION = "space-y-3";

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-titre`} className={SECTION}>
      <h2 id={`${id}-titre`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The élu view of an exercice: the budget story first (voted against executed by chapter and
 * category), € per pupil against the field's range and per collège, AP/CP, funding mix, evolution
 * and the exercice's campaigns. Each chart comes with its data table and its export.
 */
export function EluBudgetView({ view, base }: { view: EluView; base: string }) {
  const { exercice } = view;
  const exportHref = (tableau: string) => `${base}/export?tableau=${tableau}&exercice=${exercice}`;
  return (
    <section aria-labelledby="synthese-titre" className="space-y-8">
      <div className="space-y-3">
        <h1 id="synthese-titre">Budget du numérique éducatif {exercice}</h1>
        <ExercicePicker action={base} exercices={view.exercices} selected={exercice} />
        <CommissionLinks base={base} exercice={exercice} />
      </div>

      <Section id="execution" title={`Voté et exécuté en ${exercice}`}>
        {view.lineCount === 0 ? (
          <p>
            Aucune ligne budgétaire pour {exercice}.{" "}
            <Link href={`${base}/lignes?exercice=${exercice}`}>Voir les lignes budgétaires</Link>.
          </p>
        ) : (
          <>
            <p className="text-slate-800">
              {plural(view.lineCount, "ligne")} : <strong>{formatCents(view.totals.voted)}</strong>{" "}
              votés, {formatCents(view.totals.engaged)} engagés,{" "}
              <strong>{formatCents(view.totals.mandated)}</strong> mandatés, soit un taux
              d&apos;exécution de <strong>{formatRate(view.totals.executionRate)}</strong>.{" "}
              <Link href={`${base}/lignes?exercice=${exercice}`}>Détail des lignes</Link>
            </p>
            <FiguresTable
              caption={`Exécution par section en ${exercice}`}
              head="Section"
              total={view.totals}
              rows={view.bySection.map((s) => ({
                key: s.section,
                label: SECTION_LABELS[s.section],
                figures: s,
              }))}
            />
            <h3>Par chapitre M57</h3>
            <ChapitresChart view={view} />
            <ExportLinks
              href={exportHref("chapitres")}
              what={`l'exécution par chapitre ${exercice}`}
            />
            <h3>Par catégorie</h3>
            <CategoriesChart view={view} />
            <ExportLinks
              href={exportHref("categories")}
              what={`l'exécution par catégorie ${exercice}`}
            />
          </>
        )}
      </Section>

      <Section id="eleve" title={`Euros par élève en ${exercice}`}>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <PerPupilSummary summary={view} />
        </div>
        <PerPupilChart view={view} />
        {view.spending ? (
          <CollegeSpendingPart
            view={view}
            spending={view.spending}
            base={base}
            exportHref={exportHref("colleges")}
          />
        ) : null}
      </Section>

      <Section id="ap" title="Autorisations de programme et crédits de paiement">
        <AutorisationsSection view={view} base={base} />
        {view.autorisations.length > 0 ? (
          <ExportLinks href={exportHref("ap")} what="l'échéancier des AP / AE" />
        ) : null}
      </Section>

      <Section id="financement" title={`Financement en ${exercice}`}>
        {view.funding.length === 0 ? (
          <p>Aucun crédit voté en {exercice}.</p>
        ) : (
          <>
            <FundingChart view={view} />
            <ExportLinks href={exportHref("financements")} what={`le financement ${exercice}`} />
          </>
        )}
      </Section>

      <Section id="evolution" title="Évolution sur les exercices">
        {view.evolution.length === 0 ? (
          <p>Aucun exercice n&apos;a encore de lignes budgétaires.</p>
        ) : (
          <>
            <EvolutionChart view={view} />
            <ExportLinks href={exportHref("evolution")} what="l'évolution par exercice" />
          </>
        )}
      </Section>

      <Section id="campagnes" title={`Campagnes de recensement des besoins ${exercice}`}>
        <p className="text-sm text-slate-800">
          Les besoins acceptés lors de l&apos;arbitrage alimentent la ligne budgétaire de la
          campagne.
        </p>
        <CampaignsTable view={view} base={base} />
        {view.campaigns.length > 0 ? (
          <ExportLinks href={exportHref("campagnes")} what={`les campagnes ${exercice}`} />
        ) : null}
      </Section>
    </section>
  );
}

/** The collèges ranked by estimated spending per pupil, with how the estimate is made. */
function CollegeSpendingPart({
  view,
  spending,
  base,
  exportHref,
}: {
  view: EluView;
  spending: NonNullable<EluView["spending"]>;
  base: string;
  exportHref: string;
}) {
  const t = spending.totals;
  const exercice = view.exercice;
  return (
    <>
      <h3>Dépense estimée par élève et par collège</h3>
      <div className="space-y-2 text-sm text-slate-800">
        <p>
          Pour comparer chaque collège à la fourchette de {PER_PUPIL_RANGE.min} à{" "}
          {PER_PUPIL_RANGE.max} € par élève, qui porte sur l&apos;ensemble du budget, la dépense de{" "}
          {exercice} est répartie entre les collèges : leurs attributions (
          {formatCents(t.allocationsCents)},{" "}
          <Link href={`${base}/dotations?exercice=${exercice}`}>détail des attributions</Link>), le
          coût d&apos;achat de leurs équipements acquis dans l&apos;année d&apos;après
          l&apos;inventaire ({formatCents(t.equipmentCents)}), et le reste des crédits votés (
          {formatCents(t.poolCents)} : maintenance, réseau, ENT, formation…), partagé au prorata des
          élèves.
          {t.perPupilCents === null ? (
            ""
          ) : (
            <>
              {" "}
              Ensemble : <strong>{formatCents(t.perPupilCents)} par élève</strong> pour{" "}
              {formatInteger(t.eleves)} élèves.
            </>
          )}
        </p>
        {t.overVoted ? (
          <p className="font-semibold text-amber-900">
            Les attributions et les achats inventoriés (
            {formatCents(t.allocationsCents + t.equipmentCents)}) dépassent les crédits votés en{" "}
            {exercice}({formatCents(t.votedCents)}) : aucun reste n&apos;est réparti,
            l&apos;estimation ne retient que ce qui est affecté à chaque collège.
          </p>
        ) : null}
        {t.colleges > t.collegesAvecEffectif ? (
          <p>
            {plural(t.colleges - t.collegesAvecEffectif, "collège")} sans effectif connu : ni part
            des crédits communs, ni euros par élève.
          </p>
        ) : null}
      </div>
      <CollegesChart view={view} />
      <ExportLinks
        href={exportHref}
        what={`la dépense estimée par élève et par collège ${exercice}`}
      />
    </>
  );
}
