import { Button } from "@/components/ui/button";
import { FilterFields, type SelectFilter } from "@/components/ui/filter-fields";

/** The exercice filter of a GET form (`exercice=`), years as they are offered. */
export function exerciceFilter(
  exercices: readonly number[],
  selected: number,
  id = "exercice",
  label = "Exercice",
): SelectFilter {
  const options = exercices.map((year) => ({ value: String(year), label: String(year) }));
  return { name: "exercice", id, label, value: String(selected), options };
}

/** The exercice select of a GET form (`exercice=`), years as they are offered. */
export function ExerciceSelect({
  exercices,
  selected,
  id,
  label,
}: {
  exercices: readonly number[];
  selected: number;
  id?: string;
  label?: string;
}) {
  return <FilterFields filters={[exerciceFilter(exercices, selected, id, label)]} values={{}} />;
}

/**
 * A GET form choosing the exercice shown (`?exercice=`), among those with lines and the current
 * year: the choice is in the URL and survives a reload.
 */
export function ExercicePicker({
  action,
  exercices,
  selected,
  id,
  label,
  submitLabel = "Afficher",
  className = "flex flex-wrap items-end gap-3",
}: {
  action: string;
  exercices: readonly number[];
  selected: number;
  id?: string;
  label?: string;
  submitLabel?: string;
  className?: string;
}) {
  return (
    <form method="get" action={action} className={className}>
      <ExerciceSelect exercices={exercices} selected={selected} id={id} label={label} />
      <Button type="submit">{submitLabel}</Button>
    </form>
  );
}
