import { InputField } from "@/components/ui/field";
import { SelectField, type SelectOption } from "@/components/ui/select";
import type { SortableQuery } from "@/components/ui/sort-header";

interface FilterBase {
  /** The query parameter the control sets; its value is read from the list's query by this name. */
  name: string;
  label: string;
  /** The control's id when it is not the name (another form on the page uses the name). */
  id?: string;
  /** The value shown when the query does not hold it under `name` as is. */
  value?: string;
  /** The field's grid cell (lg:col-span-2…). */
  className?: string;
}

/** A select of a filter form; `all` (« Tous », « Toutes »…) is its empty option, no filter. */
export interface SelectFilter extends FilterBase {
  options: readonly SelectOption[];
  all?: string;
}

/** A text, date or year input of a filter form. */
export interface InputFilter extends FilterBase {
  type: "search" | "date" | "number";
  min?: number;
  max?: number;
  hint?: string;
}

export type FilterDefinition = SelectFilter | InputFilter;

/**
 * The controls of a GET filter form (inside FilterForm), one per definition, in order, each
 * showing the list's current value; a definition left out (`false`, `null`) is not shown.
 */
export function FilterFields<Q extends object>({
  filters,
  values,
}: {
  filters: readonly (FilterDefinition | false | null | undefined)[];
  values: Q;
}) {
  const current = values as Readonly<Record<string, unknown>>;
  return filters.map((filter) => {
    if (!filter) return null;
    const { name, label } = filter;
    const field = { id: filter.id ?? name, name, label, fieldClassName: filter.className };
    const raw = current[name];
    const value =
      filter.value ?? (typeof raw === "string" || typeof raw === "number" ? String(raw) : "");
    return "options" in filter ? (
      <SelectField
        key={name}
        {...field}
        defaultValue={value}
        emptyLabel={filter.all}
        options={filter.options}
      />
    ) : (
      <InputField
        key={name}
        {...field}
        type={filter.type}
        min={filter.min}
        max={filter.max}
        inputMode={filter.type === "number" ? "numeric" : undefined}
        defaultValue={value}
        hint={filter.hint}
      />
    );
  });
}

/** The list's order, kept when its filters are sent: hidden `sort` and `dir`, unless at their defaults. */
export function KeepSortFields({
  query,
  defaultSort,
  defaultDir = "asc",
}: {
  query: SortableQuery;
  defaultSort: string;
  defaultDir?: SortableQuery["dir"];
}) {
  return (
    <>
      {query.sort !== defaultSort ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.dir !== defaultDir ? <input type="hidden" name="dir" value={query.dir} /> : null}
    </>
  );
}
