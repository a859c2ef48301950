import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import type { CollegeAllocations } from "@/lib/dashboards/etablissement-dashboard";
import { formatInteger, plural } from "@/lib/format";
import { DemoBudgetNotice } from "@/components/budgets/demo-budget-notice";
import { AllocationsChart } from "@/components/dashboards/etablissement/charts";
import { ExercicePicker } from "@/components/budgets/exercice-picker";
import { AllocationStats } from "@/components/budgets/allocations/allocation-stats";

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
      <AllocationStats
        className="grid gap-4 sm:grid-cols-3"
        totalCents={figures.totalCents}
        totalNote={
          count === 0 ? (
            `Aucune attribution pour l'exercice ${exercice}.`
          ) : (
            <Link href={listHref}>
              {count === 1
                ? `Voir l'attribution de l'exercice ${exercice}`
                : `Voir les ${plural(count, "attribution")} de l'exercice ${exercice}`}
            </Link>
          )
        }
        pupils={figures.effectif ? formatInteger(figures.effectif.total) : "inconnu"}
        pupilsNote={
          figures.effectif
            ? `rentrée ${figures.effectif.rentree}, ${figures.effectif.source}`
            : null
        }
        perPupilCents={figures.perPupilCents}
      />
      {count > 0 ? <AllocationsChart uai={uai} exercice={exercice} figures={figures} /> : null}
    </section>
  );
}
