import { selectionParam, type RenewalPlanQuery } from "@/lib/inventory/renewal-rules";
import { CATEGORY_LABELS, EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import type { PlanView } from "@/components/inventory/plan/plan-href";
import { FilterForm } from "@/components/ui/filter-form";
import { labelledOptions, SelectField } from "@/components/ui/select";

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
      <SelectField
        id="plan-debut"
        name="debut"
        label="Premier exercice du plan"
        defaultValue={String(query.firstYear)}
        options={starts.map((year) => ({
          value: String(year),
          label: `${year} (jusqu'à ${year + query.years.length - 1})`,
        }))}
      />
      {colleges.length > 0 ? (
        <SelectField
          id="plan-uai"
          name="uai"
          label="Collège"
          defaultValue={query.uai ?? ""}
          emptyLabel="Tous"
          options={colleges.map((c) => ({ value: c.uai, label: `${c.name} (${c.uai})` }))}
        />
      ) : null}
      <SelectField
        id="plan-category"
        name="category"
        label="Catégorie"
        defaultValue={query.category ?? ""}
        emptyLabel="Toutes"
        options={labelledOptions(EQUIPMENT_CATEGORIES, CATEGORY_LABELS)}
      />
      {view === "liste" ? (
        <SelectField
          id="plan-annee"
          name="annee"
          label="Équipements à lister"
          defaultValue={selectionParam(query.selection)}
          options={[
            ...query.years.map((year, i) => ({
              value: String(year),
              label: i === 0 ? `Dus en ${year} (dont en retard)` : `Dus en ${year}`,
            })),
            { value: "en-retard", label: `En retard (échéance avant ${query.firstYear})` },
            { value: "au-dela", label: `Au-delà de ${lastYear}` },
            { value: "non-planifiable", label: "Non planifiables (dates manquantes)" },
          ]}
        />
      ) : null}
    </FilterForm>
  );
}
