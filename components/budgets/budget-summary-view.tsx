import type { ReactNode } from "react";
import type { BudgetSummary } from "@/lib/budgets/budget-summary";
import { formatRate, RANGE_POSITION_LABELS, type BudgetFigures } from "@/lib/budgets/figures";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { NumericTable } from "@/components/ui/numeric-table";

type Row = { key: string; label: ReactNode; figures: BudgetFigures };

/** Voted, engaged, mandated and execution rate of groups of lines, with their caption and an optional total. */
export function FiguresTable({
  caption,
  head,
  rows,
  total,
}: {
  caption: string;
  head: string;
  rows: Row[];
  total?: BudgetFigures;
}) {
  const figures = (f: BudgetFigures) => ({
    voted: formatCents(f.voted),
    engaged: formatCents(f.engaged),
    mandated: formatCents(f.mandated),
    rate: formatRate(f.executionRate),
  });
  return (
    <NumericTable
      caption={caption}
      head={head}
      rows={rows}
      columns={[
        { key: "voted", header: "Voté" },
        { key: "engaged", header: "Engagé" },
        { key: "mandated", header: "Mandaté" },
        { key: "rate", header: "Taux d'exécution" },
      ]}
      values={(row) => figures(row.figures)}
      total={total ? { label: "Total", cells: figures(total) } : undefined}
    />
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
