import { SELECT_CLASS } from "@/components/budgets/labelled";

/** A GET form choosing the exercice shown (`?exercice=`), among those with lines and the current year. */
export function ExercicePicker({
  action,
  exercices,
  selected,
}: {
  action: string;
  exercices: readonly number[];
  selected: number;
}) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="exercice" className="block text-sm font-medium">
          Exercice
        </label>
        <select id="exercice" name="exercice" defaultValue={selected} className={SELECT_CLASS}>
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
        Afficher
      </button>
    </form>
  );
}
