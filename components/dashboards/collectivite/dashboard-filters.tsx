import { SELECT_CLASS } from "@/components/budgets/labelled";
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
      {exercices ? (
        <div>
          <label htmlFor="exercice" className="block text-sm font-medium">
            Exercice
          </label>
          <select id="exercice" name="exercice" defaultValue={exercice} className={SELECT_CLASS}>
            {exercices.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {rentrees ? (
        <RentreeSelect rentrees={rentrees} selected={rentree} className={SELECT_CLASS} />
      ) : null}
      <button
        type="submit"
        className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
      >
        Afficher
      </button>
    </form>
  );
}
