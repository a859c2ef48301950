import { ExerciceSelect } from "@/components/budgets/exercice-picker";
import { Button } from "@/components/ui/button";
import { RentreeSelect } from "@/components/inventory/indicators/rentree-select";

/**
 * The dashboard's GET filter form (`?exercice=…&rentree=…`): the exercice of the budget parts when
 * the member reads the budget, the rentrée of the effectifs when they read the inventory. Both are
 * sent together, so choosing one keeps the other in the URL.
 */
export function DashboardFilters({
  action,
  exercice,
  exercices,
  rentree,
  rentrees,
}: {
  action: string;
  exercice: number;
  exercices: readonly number[] | null;
  rentree: number | null;
  rentrees: readonly number[] | null;
}) {
  if (!exercices && !rentrees) return null;
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3 print:hidden">
      {exercices ? <ExerciceSelect exercices={exercices} selected={exercice} /> : null}
      {rentrees ? <RentreeSelect rentrees={rentrees} selected={rentree} /> : null}
      <Button type="submit">Afficher</Button>
    </form>
  );
}
