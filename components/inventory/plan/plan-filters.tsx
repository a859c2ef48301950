import { selectionParam, type RenewalPlanQuery } from "@/lib/inventory/renewal-rules";
import type { PlanView } from "@/components/inventory/plan/plan-href";
import { FilterForm } from "@/components/ui/filter-form";
import { FilterFields } from "@/components/ui/filter-fields";
import { collegeOptions } from "@/components/inventory/college-filter-fields";
import { categoryFilter } from "@/components/inventory/equipment-filters";

/** The plan's filters, as a GET form: start year, collège (collectivité only), category and, on the list, the slot. */
export function PlanFilters({
  base,
  query,
  view,
  colleges,
}: {
  base: string;
  query: RenewalPlanQuery;
  view: PlanView;
  colleges: { uai: string; name: string }[];
}) {
  const starts = Array.from({ length: 6 }, (_, i) => query.currentYear + i);
  const lastYear = query.years.at(-1)!;
  return (
    <FilterForm
      action={base}
      submitLabel="Afficher"
      resetHref={view === "annees" ? base : `${base}?vue=${view}`}
    >
      {view === "annees" ? null : <input type="hidden" name="vue" value={view} />}
      <FilterFields
        values={query}
        filters={[
          {
            name: "debut",
            id: "plan-debut",
            label: "Premier exercice du plan",
            value: String(query.firstYear),
            options: starts.map((year) => ({
              value: String(year),
              label: `${year} (jusqu'à ${year + query.years.length - 1})`,
            })),
          },
          colleges.length > 0 && {
            name: "uai",
            id: "plan-uai",
            label: "Collège",
            all: "Tous",
            options: collegeOptions(colleges),
          },
          categoryFilter("plan-category"),
          view === "liste" && {
            name: "annee",
            id: "plan-annee",
            label: "Équipements à lister",
            value: selectionParam(query.selection),
            options: [
              ...query.years.map((year, i) => ({
                value: String(year),
                label: i === 0 ? `Dus en ${year} (dont en retard)` : `Dus en ${year}`,
              })),
              { value: "en-retard", label: `En retard (échéance avant ${query.firstYear})` },
              { value: "au-dela", label: `Au-delà de ${lastYear}` },
              { value: "non-planifiable", label: "Non planifiables (dates manquantes)" },
            ],
          },
        ]}
      />
    </FilterForm>
  );
}
