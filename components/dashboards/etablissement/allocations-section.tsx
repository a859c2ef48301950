import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import type { CollegeAllocations } from "@/lib/dashboards/etablissement-dashboard";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { DemoBudgetNotice } from "@/components/budgets/demo-budget-notice";
import { AllocationsChart } from "@/components/dashboards/etablissement/charts";
import { ExercicePicker } from "@/components/budgets/exercice-picker";

/** « Mes dotations »: what the collectivité allocates to the collège for the exercice chosen. */
export function AllocationsSection({
  ctx,
  uai,
  allocations,
}: {
  ctx: AccessContext;
  uai: string;
  allocations: CollegeAllocations;
}) {
  const { exercice, exercices, figures, count } = allocations;
  const listHref = `/e/${uai}/dotations?exercice=${exercice}`;
  return (
    <section
      aria-labelledby="dotations-titre"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="dotations-titre">Mes dotations de l&apos;exercice {exercice}</h2>
      <DemoBudgetNotice ctx={ctx} />
      <ExercicePicker
        action={`/e/${uai}#dotations-titre`}
        exercices={exercices}
        selected={exercice}
        id="tableau-exercice"
        label="Exercice des dotations"
        submitLabel="Afficher l'exercice"
      />
      <dl className="grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-slate-700">Total attribué</dt>
          <dd className="text-xl font-semibold tabular-nums">{formatCents(figures.totalCents)}</dd>
          <dd className="text-sm">
            {count === 0 ? (
              `Aucune attribution pour l'exercice ${exercice}.`
            ) : (
              <Link href={listHref}>
                {count === 1
                  ? `Voir l'attribution de l'exercice ${exercice}`
                  : `Voir les ${plural(count, "attribution")} de l'exercice ${exercice}`}
              </Link>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">Élèves</dt>
          <dd className="text-xl font-semibold tabular-nums">
            {figures.effectif ? formatInteger(figures.effectif.total) : "inconnu"}
          </dd>
          {figures.effectif ? (
            <dd className="text-xs text-slate-700">
              rentrée {figures.effectif.rentree}, {figures.effectif.source}
            </dd>
          ) : null}
        </div>
        <div>
          <dt className="text-sm text-slate-700">Euros par élève</dt>
          <dd className="text-xl font-semibold tabular-nums">
            {figures.perPupilCents === null ? "non calculable" : formatCents(figures.perPupilCents)}
          </dd>
        </div>
      </dl>
      {count > 0 ? <AllocationsChart uai={uai} exercice={exercice} figures={figures} /> : null}
    </section>
  );
}
