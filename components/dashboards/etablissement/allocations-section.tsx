import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import type { CollegeAllocations } from "@/lib/dashboards/etablissement-dashboard";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { DemoBudgetNotice } from "@/components/budgets/demo-budget-notice";
import { AllocationsChart } from "@/components/dashboards/etablissement/charts";

/** The exercice filter: a GET form, so the choice is in the URL and survives a reload. */
function ExerciceFilter({
  uai,
  exercice,
  exercices,
}: {
  uai: string;
  exercice: number;
  exercices: number[];
}) {
  return (
    <form
      method="get"
      action={`/e/${uai}#dotations-titre`}
      className="flex flex-wrap items-end gap-3"
    >
      <div>
        <label htmlFor="tableau-exercice" className="block text-sm font-medium">
          Exercice des dotations
        </label>
        <select
          id="tableau-exercice"
          name="exercice"
          defaultValue={String(exercice)}
          className="mt-1 rounded border border-slate-500 px-2 py-2"
        >
          {exercices.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
      >
        Afficher l&apos;exercice
      </button>
    </form>
  );
}

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
      <ExerciceFilter uai={uai} exercice={exercice} exercices={exercices} />
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
