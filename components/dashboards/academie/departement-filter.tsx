import Link from "next/link";
import type {
  DepartementRef,
  DepartementFilter as Filter,
} from "@/lib/dashboards/academie-schemas";
import type { DashboardLinks } from "@/components/dashboards/academie/links";
import { RentreeSelect } from "@/components/inventory/indicators/rentree-select";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";

const SELECT = "mt-1 rounded border border-slate-500 bg-white px-2 py-2 max-sm:min-h-11";

/**
 * A GET form choosing the département (`?departement=`) and the rentrée of the effectifs
 * (`?rentree=`), so the filters live in the URL and survive a reload; both are sent together.
 */
export function DepartementFilter({
  departements,
  filter,
  links,
  rentree,
  rentrees,
}: {
  departements: readonly DepartementRef[];
  filter: Filter;
  links: DashboardLinks;
  rentree: number | null;
  rentrees: readonly number[];
}) {
  const selected = filter.kind === "departement" ? filter.code : "";
  return (
    <div className="space-y-2">
      <form method="get" action={links.base} className="flex flex-wrap items-end gap-3">
        <SelectField
          id="departement"
          name="departement"
          label="Département"
          defaultValue={selected}
          emptyLabel="Tous les départements"
          options={departements.map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }))}
          className={SELECT}
        />
        {rentrees.length > 0 || rentree !== null ? (
          <RentreeSelect rentrees={rentrees} selected={rentree} className={SELECT} />
        ) : null}
        <Button type="submit">Afficher</Button>
        {filter.kind === "departement" ? (
          <Link href={links.dashboard()} className="py-2">
            Tous les départements
          </Link>
        ) : null}
      </form>
      {filter.kind === "unknown" ? (
        <p role="status" className="rounded border border-amber-700 bg-amber-50 p-3 text-slate-900">
          {filter.message}
        </p>
      ) : null}
    </div>
  );
}
