import Link from "next/link";
import type { RenewalProposals } from "@/lib/budgets/renewal-proposals";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { createRenewalProposalAction } from "@/app/actions/budgets";
import { ActionForm } from "@/components/forms/action-form";

const num = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

/**
 * The renewal plan's investment need per year and category, and per year the budget line proposed
 * from it (chapitre 21, nature 21831) or the button that creates it.
 */
export function RenewalProposalsView({
  data,
  base,
  code,
}: {
  data: RenewalProposals;
  base: string;
  code: string;
}) {
  const path = `${base}/propositions`;
  const lastYear = data.firstYear + data.years.length - 1;
  return (
    <section aria-labelledby="propositions-titre" className="space-y-6">
      <h1 id="propositions-titre">Propositions budgétaires du plan de renouvellement</h1>
      <p className="max-w-3xl text-slate-800">
        Le plan de renouvellement de l&apos;inventaire estime l&apos;investissement nécessaire
        chaque année, d&apos;après l&apos;âge des équipements et les coûts unitaires du référentiel
        (les équipements en retard sont comptés la première année). Chaque année peut devenir une
        ligne d&apos;investissement (chapitre 21, fonction 221, nature 21831 matériel informatique
        scolaire) dont le budget primitif est le coût estimé ; elle se modifie ensuite comme toute
        ligne.
      </p>
      <p className="text-sm">
        <Link href={`/c/${code}/inventaire/plan`}>Voir le plan de renouvellement détaillé</Link>
      </p>
      {data.totalCents === 0 ? (
        <p>
          Le plan ne prévoit aucun renouvellement de {data.firstYear} à {lastYear} :
          l&apos;inventaire ne compte pas d&apos;équipement à renouveler sur cette période.
        </p>
      ) : null}
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="px-3 py-2 text-left font-semibold">
            Besoin d&apos;investissement du plan {data.firstYear}-{lastYear}, par année et par
            catégorie
          </caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Année
              </th>
              {data.categories.map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-right">
                  {CATEGORY_LABELS[c]}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-right">
                Équipements
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Coût estimé
              </th>
              <th scope="col" className="px-3 py-2">
                Ligne budgétaire
              </th>
            </tr>
          </thead>
          <tbody>
            {data.years.map((y) => (
              <tr key={y.year} className="border-t border-slate-200 align-top">
                <th scope="row" className="px-3 py-2">
                  {y.year}
                </th>
                {data.categories.map((c) => {
                  const cell = y.byCategory.find((b) => b.category === c);
                  return (
                    <td key={c} className={num}>
                      {cell ? (
                        <>
                          {formatCents(cell.costCents)}
                          <span className="block text-xs text-slate-700">
                            {plural(cell.count, "équipement")}
                          </span>
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                  );
                })}
                <td className={num}>{formatInteger(y.count)}</td>
                <td className={num}>{formatCents(y.costCents)}</td>
                <td className="px-3 py-2">
                  {y.line ? (
                    <Link href={`${base}/lignes/${y.line.id}`}>
                      Ligne créée : {formatCents(y.line.bpCents + y.line.dmCents)} votés
                    </Link>
                  ) : y.costCents > 0 ? (
                    <ActionForm
                      action={createRenewalProposalAction}
                      hidden={{ exercice: String(y.year) }}
                      scopeType="COLLECTIVITE"
                      scopeKey={code}
                      path={path}
                      submitLabel={`Créer la ligne ${y.year}`}
                      pendingLabel="Création…"
                      tone="secondary"
                      className="space-y-1"
                    />
                  ) : (
                    "Aucune dépense prévue"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-400 bg-slate-50 font-semibold">
            <tr>
              <th scope="row" className="px-3 py-2">
                Total
              </th>
              {data.categories.map((c) => (
                <td key={c} className={num}>
                  {formatCents(
                    data.years.reduce(
                      (sum, y) =>
                        sum + (y.byCategory.find((b) => b.category === c)?.costCents ?? 0),
                      0,
                    ),
                  )}
                </td>
              ))}
              <td className={num}>
                {formatInteger(data.years.reduce((sum, y) => sum + y.count, 0))}
              </td>
              <td className={num}>{formatCents(data.totalCents)}</td>
              <td className="px-3 py-2" />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
