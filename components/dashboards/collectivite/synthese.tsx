import type { ReactNode } from "react";
import Link from "next/link";
import type { EquityCollege } from "@/lib/dashboards/equity-map";
import { EXPIRING_DAYS } from "@/lib/dashboards/collectivite-conventions";
import { formatRate, RANGE_POSITION_LABELS } from "@/lib/budgets/figures";
import { PHASE_LABELS } from "@/lib/campaigns/labels";
import { formatCents, formatDate, formatDecimal, formatInteger, plural } from "@/lib/format";
import { schoolYearOf, toEffectifBasis } from "@/lib/inventory/schemas";
import { DemoBudgetNotice } from "@/components/budgets/demo-budget-notice";
import { per100 } from "@/components/dashboards/collectivite/charts";
import { DashboardFilters } from "@/components/dashboards/collectivite/dashboard-filters";
import { withFilters } from "@/components/dashboards/collectivite/export-href";
import { PrintButton } from "@/components/dashboards/collectivite/print-button";
import type { EluPageProps } from "@/components/dashboards/collectivite/elu-dashboard";

/*
 * One A4 page of the key figures for a session of the assemblée: compact on screen, smaller on
 * paper, navigation hidden when printed.
 */

const EXTREMES = 3;

function Block({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={`${id}-titre`}
      className="break-inside-avoid rounded border border-slate-300 bg-white p-3 print:border-slate-400 print:p-2"
    >
      <h2 id={`${id}-titre`} className="text-base font-semibold print:text-[11pt]">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Figures as label–value pairs, values aligned right. */
function Pairs({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="mt-1 divide-y divide-slate-200 text-sm print:text-[9pt]">
      {rows.map(([label, value]) => (
        <div key={label} className="flex justify-between gap-3 py-0.5">
          <dt className="text-slate-800">{label}</dt>
          <dd className="text-right font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ExtremesTable({ caption, rows }: { caption: string; rows: EquityCollege[] }) {
  return (
    <table className="mt-1 w-full border-collapse text-left text-sm print:text-[9pt]">
      <caption className="text-left text-sm font-medium">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-0.5 pr-2">
            Collège
          </th>
          <th scope="col" className="py-0.5 text-right">
            Terminaux pour 100 élèves
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.uai} className="border-b border-slate-200">
            <th scope="row" className="py-0.5 pr-2 font-normal">
              {c.name} ({c.communeName})
            </th>
            <td className="py-0.5 text-right tabular-nums">{per100(c.terminauxPour100)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const PRINT_CSS = `@media print {
  @page { size: A4 portrait; margin: 12mm; }
  main { padding: 0 !important; max-width: none !important; }
}`;

/** The printable one-page summary of the collectivité's key figures. */
export function SyntheseView({ ctx, code, collectivite, data }: EluPageProps) {
  const { budget, fleet, equity, conventions, campaigns } = data;
  const measured = equity?.ranked.filter((c) => c.rank !== null) ?? [];
  const budgetRentree = budget?.perPupil.rentree ?? null;
  const chosen = data.rentree;
  return (
    <div className="space-y-4 print:space-y-2">
      {/* The space's header, navigation and footer are shared; they are hidden on paper from here. */}
      <style href="synthese-impression" precedence="default">
        {PRINT_CSS}
      </style>
      <div className="space-y-1">
        <h1 className="print:text-[16pt]">Synthèse du numérique éducatif – {collectivite}</h1>
        <p className="text-sm text-slate-800 print:text-[9pt]">
          Chiffres au {formatDate(data.today)}, calculés par Tripartite ; budget de l&apos;exercice{" "}
          {data.exercice}
          {budgetRentree
            ? ` ; ${chosen === null ? "effectifs" : "budget par élève sur les effectifs"} de la dernière rentrée connue (jusqu'à ${schoolYearOf(budgetRentree)})`
            : ""}
          {fleet && chosen !== null ? ` ; équipement rapporté ${toEffectifBasis(chosen)}` : ""}.
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-4 print:hidden">
        <PrintButton />
        <DashboardFilters
          action={`/c/${code}/synthese`}
          exercice={data.exercice}
          exercices={budget?.exercices ?? null}
          rentree={chosen}
          rentrees={data.rentrees}
        />
        <Link href={withFilters(`/c/${code}`, { exercice: data.exercice, rentree: chosen })}>
          Retour au tableau de bord
        </Link>
      </div>
      <div className="grid gap-3 md:grid-cols-2 print:grid-cols-2 print:gap-2">
        {budget ? (
          <Block id="synthese-budget" title={`Budget ${data.exercice}`}>
            <DemoBudgetNotice ctx={ctx} />
            {budget.lineCount === 0 ? (
              <p className="text-sm">
                Aucune ligne budgétaire n&apos;est saisie pour {data.exercice}.
              </p>
            ) : (
              <Pairs
                rows={[
                  ["Voté (BP + DM)", formatCents(budget.totals.voted)],
                  ["Engagé", formatCents(budget.totals.engaged)],
                  ["Mandaté", formatCents(budget.totals.mandated)],
                  ["Taux d'exécution", formatRate(budget.totals.executionRate)],
                  [
                    "Voté par élève",
                    budget.perPupil.eurosPerPupil === null
                      ? "non calculable"
                      : formatCents(Math.round(budget.perPupil.eurosPerPupil * 100)),
                  ],
                  [
                    `Fourchette de ${budget.perPupil.range.min} à ${budget.perPupil.range.max} €`,
                    budget.perPupil.position
                      ? RANGE_POSITION_LABELS[budget.perPupil.position]
                      : "—",
                  ],
                  [
                    "Autorisations de programme et d'engagement",
                    formatInteger(budget.autorisations.length),
                  ],
                  [
                    "Montant des AP / AE",
                    formatCents(budget.autorisations.reduce((s, a) => s + a.amountCents, 0n)),
                  ],
                  [
                    "CP consommés sur les AP / AE",
                    formatCents(budget.autorisations.reduce((s, a) => s + a.cpConsumedCents, 0n)),
                  ],
                ]}
              />
            )}
          </Block>
        ) : null}
        {fleet ? (
          <Block id="synthese-parc" title="Parc des collèges publics">
            <Pairs
              rows={[
                ["Collèges publics ouverts", formatInteger(fleet.aggregate.colleges)],
                [
                  `Élèves (${chosen === null ? "" : `rentrée ${schoolYearOf(chosen)}, `}collèges à effectif connu)`,
                  formatInteger(fleet.aggregate.eleves),
                ],
                ["Terminaux en service", formatInteger(fleet.aggregate.counts.terminaux)],
                [
                  `Terminaux pour 100 élèves (national : ${fleet.references.terminauxPour100.value})`,
                  per100(fleet.aggregate.indicators.terminauxPour100),
                ],
                [
                  "Élèves par terminal",
                  fleet.aggregate.indicators.elevesParTerminal === null
                    ? "non calculable"
                    : formatDecimal(fleet.aggregate.indicators.elevesParTerminal),
                ],
                [
                  `Terminaux de plus de 5 ans (national : ${fleet.references.partPlus5Ans.value})`,
                  fleet.aggregate.indicators.partPlus5Ans === null
                    ? "non calculable"
                    : `${formatDecimal(fleet.aggregate.indicators.partPlus5Ans)} %`,
                ],
                ["Collèges en écart avec le référentiel", formatInteger(fleet.gapTotals.enEcart)],
                ["Coût estimé des manques", formatCents(fleet.gapTotals.missingCostCents)],
              ]}
            />
          </Block>
        ) : null}
        {measured.length > 0 ? (
          <Block id="synthese-equite" title="Équité entre collèges">
            <ExtremesTable
              caption={`Les ${Math.min(EXTREMES, measured.length)} mieux équipés`}
              rows={measured.slice(0, EXTREMES)}
            />
            <ExtremesTable
              caption={`Les ${Math.min(EXTREMES, measured.length)} moins bien équipés`}
              rows={measured.slice(-EXTREMES).reverse()}
            />
          </Block>
        ) : null}
        {conventions ? (
          <Block id="synthese-conventions" title="Conventions">
            <Pairs
              rows={[
                ...(conventions.coverage
                  ? [
                      [
                        "Collèges couverts par une convention tripartite en vigueur",
                        `${formatInteger(conventions.coverage.inForce)} sur ${formatInteger(conventions.coverage.colleges)}`,
                      ] as [string, string],
                    ]
                  : []),
                ["En vigueur", formatInteger(conventions.counts["en-vigueur"])],
                ["En signature", formatInteger(conventions.counts["en-signature"])],
                [
                  `Expirant dans les ${EXPIRING_DAYS} jours`,
                  formatInteger(conventions.counts.expirant),
                ],
                ["Expirées", formatInteger(conventions.counts.expirees)],
                ["Brouillons", formatInteger(conventions.counts.brouillons)],
              ]}
            />
          </Block>
        ) : null}
        {campaigns ? (
          <Block id="synthese-campagne" title="Campagne de recensement des besoins">
            {campaigns.length === 0 ? (
              <p className="text-sm">Aucune campagne ouverte.</p>
            ) : (
              campaigns.map((c) => (
                <div key={c.id}>
                  <p className="mt-1 text-sm font-medium">
                    {c.title} ({PHASE_LABELS[c.phase].toLowerCase()}, clôture le{" "}
                    {formatDate(c.closesOn)})
                  </p>
                  <Pairs
                    rows={[
                      [
                        "Collèges ayant déposé",
                        `${formatInteger(c.colleges)} sur ${formatInteger(c.collegesTotal)}`,
                      ],
                      ["Besoins déposés", plural(c.needs, "besoin")],
                      ["Montant demandé", formatCents(c.requestedCents)],
                      ["Enveloppe", formatCents(c.envelopeCents)],
                    ]}
                  />
                </div>
              ))
            )}
          </Block>
        ) : null}
      </div>
    </div>
  );
}
