import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FilterFields, type FilterDefinition } from "@/components/ui/filter-fields";

const GRIDS = {
  3: { grid: "lg:grid-cols-3", actions: "lg:col-span-3" },
  4: { grid: "lg:grid-cols-4", actions: "lg:col-span-4" },
  5: { grid: "lg:grid-cols-5", actions: "lg:col-span-5" },
} as const;

/**
 * The filters of a list page: a GET form on the list's own URL, so that a filtered list is a
 * link (and works without JavaScript), with its submit button and a link back to no filter.
 * Its controls are the `filters` (showing the list's `values`), then the children.
 */
export function FilterForm({
  action,
  columns = 4,
  submitLabel = "Filtrer",
  resetHref,
  resetLabel = "Réinitialiser",
  className = "mt-4",
  actionsClassName,
  filters,
  values = {},
  children,
}: {
  action: string;
  columns?: keyof typeof GRIDS;
  submitLabel?: string;
  resetHref?: string;
  resetLabel?: string;
  className?: string;
  /** The buttons' cell; by default a whole row. */
  actionsClassName?: string;
  filters?: readonly (FilterDefinition | false | null | undefined)[];
  /** The list's current query, read by the filters' names. */
  values?: object;
  children?: ReactNode;
}) {
  return (
    <form
      method="get"
      action={action}
      className={`${className} grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 ${GRIDS[columns].grid}`}
    >
      {filters ? <FilterFields filters={filters} values={values} /> : null}
      {children}
      <div className={`flex items-end gap-3 ${actionsClassName ?? GRIDS[columns].actions}`}>
        <Button type="submit">{submitLabel}</Button>
        <Link href={resetHref ?? action}>{resetLabel}</Link>
      </div>
    </form>
  );
}
