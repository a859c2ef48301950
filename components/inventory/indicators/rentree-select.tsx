import { schoolYearOf } from "@/lib/inventory/schemas";

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
  className: string;
  id?: string;
}) {
  const years =
    selected !== null && !rentrees.includes(selected)
      ? [...rentrees, selected].sort((a, b) => b - a)
      : rentrees;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        Rentrée des effectifs
      </label>
      <select id={id} name="rentree" defaultValue={selected ?? ""} className={className}>
        <option value="">Dernière connue</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {schoolYearOf(year)}
            {rentrees.includes(year) ? "" : " (aucun effectif)"}
          </option>
        ))}
      </select>
    </div>
  );
}
