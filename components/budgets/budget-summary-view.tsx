import type { ReactNode } from "react";
import type { BudgetSummary } from "@/lib/budgets/budget-summary";
import { formatRate, RANGE_POSITION_LABELS, type BudgetFigures } from "@/lib/budgets/figures";
import { formatCents, formatInteger, plural } from "@/lib/format";

const num = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

/** Voted, engaged, mandated and execution rate of groups of lines, with their caption and an optional total. */
export function FiguresTable({
  caption,
  head,
  rows,
  total,
}: {
  caption: string;
  head: string;
  rows: { key: string; label: ReactNode; figures: BudgetFigures }[];
  total?: BudgetFigures;
}) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              {head}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Voté
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Engagé
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Mandaté
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Taux d&apos;exécution
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-normal">
                {row.label}
              </th>
              <td className={num}>{formatCents(row.figures.voted)}</td>
              <td className={num}>{formatCents(row.figures.engaged)}</td>
              <td className={num}>{formatCents(row.figures.mandated)}</td>
              <td className={num}>{formatRate(row.figures.executionRate)}</td>
            </tr>
          ))}
        </tbody>
        {total ? (
          <tfoot className="border-t-2 border-slate-400 bg-slate-50 font-semibold">
            <tr>
              <th scope="row" className="px-3 py-2">
                Total
              </th>
              <td className={num}>{formatCents(total.voted)}</td>
              <td className={num}>{formatCents(total.engaged)}</td>
              <td className={num}>{formatCents(total.mandated)}</td>
              <td className={num}>{formatRate(total.executionRate)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

/** The collectivité's voted budget per pupil, placed in the field's range, and how it is computed. */
export function PerPupilSummary({ summary }: { summary: BudgetSummary }) {
  const p = summary.perPupil;
  if (p.pupils === 0) {
    return (
      <p>
        Aucun effectif n&apos;est connu pour les collèges publics ouverts de la collectivité : le
        budget par élève ne peut pas être calculé.
      </p>
    );
  }
  const euros = p.eurosPerPupil ?? 0;
  return (
    <div className="space-y-2">
      <p className="text-2xl font-semibold">
        {summary.lineCount === 0 ? "—" : `${formatCents(Math.round(euros * 100))} par élève`}
      </p>
      {summary.lineCount > 0 && p.position ? (
        <p>
          Soit <strong>{RANGE_POSITION_LABELS[p.position]}</strong> de {p.range.min} à {p.range.max}{" "}
          € par élève et par an observée sur le terrain (collège de référence de 400 élèves : 45 451
          € par an, 113 € par élève).
        </p>
      ) : (
        <p>Aucune ligne budgétaire n&apos;est saisie pour {summary.exercice}.</p>
      )}
      <p className="text-sm text-slate-700">
        {formatCents(summary.totals.voted)} votés pour {formatInteger(p.pupils)} élèves de{" "}
        {plural(p.withPupils, "collège public ouvert", "collèges publics ouverts")}
        {p.rentree
          ? ` (effectifs de la dernière rentrée connue, jusqu'à ${p.rentree}-${p.rentree + 1})`
          : ""}
        .
        {p.colleges > p.withPupils
          ? ` ${plural(p.colleges - p.withPupils, "collège")} sans effectif connu ${p.colleges - p.withPupils > 1 ? "ne sont pas comptés" : "n'est pas compté"}.`
          : ""}
      </p>
    </div>
  );
}
