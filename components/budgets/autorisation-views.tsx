import Link from "next/link";
import type { AutorisationDetail, AutorisationList } from "@/lib/budgets/autorisations";
import { AUTORISATION_STATE_LABELS, BUDGET_CATEGORY_LABELS } from "@/lib/budgets/labels";
import { executionRate, formatRate } from "@/lib/budgets/figures";
import { centsToInput } from "@/lib/budgets/money";
import { formatCents, formatDate, plural } from "@/lib/format";
import { updateAutorisationAction } from "@/app/actions/budgets";
import {
  AutorisationForm,
  type AutorisationFormValues,
} from "@/components/budgets/autorisation-form";

const num = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

/** The collectivité's AP/AE with their stages, CP planned and consumed, and the totals. */
export function AutorisationListView({
  data,
  base,
  canWrite,
}: {
  data: AutorisationList;
  base: string;
  canWrite: boolean;
}) {
  const { items, totals } = data;
  return (
    <section aria-labelledby="ap-titre">
      <h1 id="ap-titre">Autorisations de programme et d&apos;engagement</h1>
      <p className="mt-2 max-w-3xl text-slate-800">
        Une AP (investissement) ou une AE (fonctionnement) est une enveloppe pluriannuelle ; ses
        crédits de paiement (CP) sont inscrits exercice par exercice. La consommation est le mandaté
        des lignes budgétaires qui portent l&apos;autorisation.
      </p>
      {canWrite ? (
        <p className="mt-4 text-sm">
          <Link href={`${base}/autorisations/nouvelle`} className="font-semibold">
            + Enregistrer une autorisation votée
          </Link>
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="mt-4">
          Aucune autorisation de programme ni d&apos;engagement n&apos;est enregistrée.
        </p>
      ) : (
        <div
          role="region"
          aria-label="Tableau des autorisations (défilement horizontal)"
          tabIndex={0}
          className="mt-4 relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
        >
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">
              Autorisations de programme et d&apos;engagement (
              {plural(items.length, "autorisation")}) et leurs crédits de paiement
            </caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Numéro
                </th>
                <th scope="col" className="px-3 py-2">
                  Libellé
                </th>
                <th scope="col" className="px-3 py-2">
                  Type
                </th>
                <th scope="col" className="px-3 py-2">
                  Catégorie
                </th>
                <th scope="col" className="px-3 py-2">
                  Vote
                </th>
                <th scope="col" className="px-3 py-2">
                  État
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Montant
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Affecté
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Engagé
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  CP prévus
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  CP consommés
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Consommation / montant
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-2 font-normal">
                    <Link href={`${base}/autorisations/${a.id}`}>{a.numero}</Link>
                  </th>
                  <td className="px-3 py-2">{a.label}</td>
                  <td className="px-3 py-2">{a.kind}</td>
                  <td className="px-3 py-2">{BUDGET_CATEGORY_LABELS[a.category]}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatDate(a.votedOn)}</td>
                  <td className="px-3 py-2">{AUTORISATION_STATE_LABELS[a.state]}</td>
                  <td className={num}>{formatCents(a.amountCents)}</td>
                  <td className={num}>{formatCents(a.affectedCents)}</td>
                  <td className={num}>{formatCents(a.engagedCents)}</td>
                  <td className={num}>{formatCents(a.cpPlannedCents)}</td>
                  <td className={num}>{formatCents(a.cpConsumedCents)}</td>
                  <td className={num}>
                    {formatRate(executionRate(a.cpConsumedCents, a.amountCents))}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-400 bg-slate-50 font-semibold">
              <tr>
                <th scope="row" colSpan={6} className="px-3 py-2">
                  Total
                </th>
                <td className={num}>{formatCents(totals.amountCents)}</td>
                <td className={num}>{formatCents(totals.affectedCents)}</td>
                <td className={num}>{formatCents(totals.engagedCents)}</td>
                <td className={num}>{formatCents(totals.cpPlannedCents)}</td>
                <td className={num}>{formatCents(totals.cpConsumedCents)}</td>
                <td className={num}>
                  {formatRate(executionRate(totals.cpConsumedCents, totals.amountCents))}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}

export function autorisationFormValues(a: AutorisationDetail): AutorisationFormValues {
  return {
    id: a.id,
    numero: a.numero,
    label: a.label,
    kind: a.kind,
    category: a.category,
    votedOn: a.votedOn.toISOString().slice(0, 10),
    amount: centsToInput(a.amountCents),
    affected: centsToInput(a.affectedCents),
    engaged: centsToInput(a.engagedCents),
    state: a.state,
    cp: Object.fromEntries(a.credits.map((c) => [String(c.exercice), centsToInput(c.amountCents)])),
  };
}

/** One AP/AE: its stages, the CP schedule against consumption per exercice, the lines carrying it, and for agents the form. */
export function AutorisationDetailView({
  a,
  base,
  code,
  canWrite,
  done,
}: {
  a: AutorisationDetail;
  base: string;
  code: string;
  canWrite: boolean;
  done?: string;
}) {
  const path = `${base}/autorisations/${a.id}`;
  const rows: [string, string][] = [
    [
      "Type",
      a.kind === "AP"
        ? "Autorisation de programme (investissement)"
        : "Autorisation d'engagement (fonctionnement)",
    ],
    ["Catégorie", BUDGET_CATEGORY_LABELS[a.category]],
    ["Date du vote", formatDate(a.votedOn)],
    ["État", AUTORISATION_STATE_LABELS[a.state]],
    ["Montant voté", formatCents(a.amountCents)],
    ["Affecté", formatCents(a.affectedCents)],
    ["Engagé", formatCents(a.engagedCents)],
    [
      "Crédits de paiement prévus",
      `${formatCents(a.cpPlannedCents)} (reste à programmer : ${formatCents(a.amountCents - a.cpPlannedCents)})`,
    ],
    [
      "Crédits de paiement consommés",
      `${formatCents(a.cpConsumedCents)} (${formatRate(executionRate(a.cpConsumedCents, a.amountCents))} du montant)`,
    ],
  ];
  return (
    <article aria-labelledby="autorisation-titre" className="space-y-6">
      <p className="text-sm">
        <Link href={`${base}/autorisations`}>← Toutes les autorisations</Link>
      </p>
      <h1 id="autorisation-titre">
        {a.numero} – {a.label}
      </h1>
      {done === "creation" ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
          Autorisation enregistrée.
        </p>
      ) : null}
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-800">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="echeancier-titre" className="space-y-2">
        <h2 id="echeancier-titre">Échéancier et consommation des crédits de paiement</h2>
        {a.schedule.length === 0 ? (
          <p>Aucun crédit de paiement n&apos;est inscrit ni consommé.</p>
        ) : (
          <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">
                Crédits de paiement prévus et consommés par exercice pour {a.numero}
              </caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Exercice
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    CP prévus
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Consommés (mandaté)
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Consommation / prévus
                  </th>
                </tr>
              </thead>
              <tbody>
                {a.schedule.map((s) => (
                  <tr key={s.exercice} className="border-t border-slate-200">
                    <th scope="row" className="px-3 py-2 font-normal">
                      {s.exercice}
                    </th>
                    <td className={num}>{formatCents(s.plannedCents)}</td>
                    <td className={num}>{formatCents(s.consumedCents)}</td>
                    <td className={num}>
                      {s.consumedCents > s.plannedCents
                        ? `${formatRate(executionRate(s.consumedCents, s.plannedCents))} (au-delà des CP prévus)`
                        : formatRate(executionRate(s.consumedCents, s.plannedCents))}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot className="border-t-2 border-slate-400 bg-slate-50 font-semibold">
                <tr>
                  <th scope="row" className="px-3 py-2">
                    Total
                  </th>
                  <td className={num}>{formatCents(a.cpPlannedCents)}</td>
                  <td className={num}>{formatCents(a.cpConsumedCents)}</td>
                  <td className={num}>
                    {formatRate(executionRate(a.cpConsumedCents, a.cpPlannedCents))}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="lignes-ap-titre" className="space-y-2">
        <h2 id="lignes-ap-titre">Lignes budgétaires qui portent cette autorisation</h2>
        {a.lines.length === 0 ? (
          <p>
            Aucune ligne ne porte encore cette autorisation : choisissez-la dans une ligne de la
            section {a.kind === "AP" ? "d'investissement" : "de fonctionnement"}.
          </p>
        ) : (
          <ul className="list-disc pl-6">
            {a.lines.map((line) => (
              <li key={line.id}>
                <Link href={`${base}/lignes/${line.id}`}>
                  {line.exercice} – {line.chapitre}/{line.nature} – {line.label}
                </Link>{" "}
                : {formatCents(line.mandatedCents)} mandatés
              </li>
            ))}
          </ul>
        )}
      </section>

      {canWrite ? (
        <section aria-labelledby="modifier-ap-titre" className="space-y-2">
          <h2 id="modifier-ap-titre">Modifier l&apos;autorisation et ses crédits de paiement</h2>
          <AutorisationForm
            action={updateAutorisationAction}
            values={autorisationFormValues(a)}
            submitLabel="Enregistrer"
            scopeType="COLLECTIVITE"
            scopeKey={code}
            path={path}
          />
        </section>
      ) : null}
    </article>
  );
}
