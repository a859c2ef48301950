import type { EquipmentCategory } from "@/lib/inventory/labels";
import { CATEGORY_LABELS, EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";

/** The equipment categories as checkboxes named `categories`, those given ticked. */
export function CategoryCheckboxes({
  legend,
  checked,
}: {
  legend: string;
  checked: readonly EquipmentCategory[];
}) {
  return (
    <fieldset className="rounded border border-slate-300 p-3">
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {EQUIPMENT_CATEGORIES.map((category) => (
          <label key={category} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="categories"
              value={category}
              defaultChecked={checked.includes(category)}
            />
            {CATEGORY_LABELS[category]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
