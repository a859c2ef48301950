import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";

/** The exercice select of a GET form (`exercice=`), years as they are offered. */
export function ExerciceSelect({
  exercices,
  selected,
  id = "exercice",
  label = "Exercice",
}: {
  exercices: readonly number[];
  selected: number;
  id?: string;
  label?: string;
}) {
  return (
    <SelectField
      id={id}
      name="exercice"
      label={label}
      defaultValue={String(selected)}
      options={exercices.map((year) => ({ value: String(year), label: String(year) }))}
    />
  );
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
