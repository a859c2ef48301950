import { schoolYearOf } from "@/lib/inventory/schemas";
import { SelectField } from "@/components/ui/select";

/**
 * « Rentrée des effectifs » (`?rentree=`) in a GET filter form: « Dernière connue » (each collège's
 * latest effectif) by default, then the perimeter's rentrées, newest first. A rentrée asked in the
 * URL without any effectif stays selected, so the form says what the page shows.
 */
export function RentreeSelect({
  rentrees,
  selected,
  className,
  id = "rentree",
}: {
  rentrees: readonly number[];
  selected: number | null;
  className?: string;
  id?: string;
}) {
  const years =
    selected !== null && !rentrees.includes(selected)
      ? [...rentrees, selected].sort((a, b) => b - a)
      : rentrees;
  return (
    <SelectField
      id={id}
      name="rentree"
      label="Rentrée des effectifs"
      defaultValue={selected === null ? "" : String(selected)}
      emptyLabel="Dernière connue"
      options={years.map((year) => ({
        value: String(year),
        label: `${schoolYearOf(year)}${rentrees.includes(year) ? "" : " (aucun effectif)"}`,
      }))}
      className={className}
    />
  );
}
