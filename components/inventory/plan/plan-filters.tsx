import Link from "next/link";
import { selectionParam, type RenewalPlanQuery } from "@/lib/inventory/renewal-rules";
import { CATEGORY_LABELS, EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import type { PlanView } from "@/components/inventory/plan/plan-href";
import { Button } from "@/components/ui/button";

const select = "mt-1 w-full rounded border border-slate-500 px-2 py-2";

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
    <form
      method="get"
      action={base}
      className="mt-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {view === "annees" ? null : <input type="hidden" name="vue" value={view} />}
      <div>
        <label htmlFor="plan-debut" className="block text-sm font-medium">
          Premier exercice du plan
        </label>
        <select
          id="plan-debut"
          name="debut"
          defaultValue={String(query.firstYear)}
          className={select}
        >
          {starts.map((year) => (
            <option key={year} value={year}>
              {year} (jusqu&apos;à {year + query.years.length - 1})
            </option>
          ))}
        </select>
      </div>
      {colleges.length > 0 ? (
        <div>
          <label htmlFor="plan-uai" className="block text-sm font-medium">
            Collège
          </label>
          <select id="plan-uai" name="uai" defaultValue={query.uai ?? ""} className={select}>
            <option value="">Tous</option>
            {colleges.map((c) => (
              <option key={c.uai} value={c.uai}>
                {c.name} ({c.uai})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div>
        <label htmlFor="plan-category" className="block text-sm font-medium">
          Catégorie
        </label>
        <select
          id="plan-category"
          name="category"
          defaultValue={query.category ?? ""}
          className={select}
        >
          <option value="">Toutes</option>
          {EQUIPMENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      {view === "liste" ? (
        <div>
          <label htmlFor="plan-annee" className="block text-sm font-medium">
            Équipements à lister
          </label>
          <select
            id="plan-annee"
            name="annee"
            defaultValue={selectionParam(query.selection)}
            className={select}
          >
            {query.years.map((year, i) => (
              <option key={year} value={year}>
                {i === 0 ? `Dus en ${year} (dont en retard)` : `Dus en ${year}`}
              </option>
            ))}
            <option value="en-retard">En retard (échéance avant {query.firstYear})</option>
            <option value="au-dela">Au-delà de {lastYear}</option>
            <option value="non-planifiable">Non planifiables (dates manquantes)</option>
          </select>
        </div>
      ) : null}
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
        <Button type="submit">Afficher</Button>
        <Link href={view === "annees" ? base : `${base}?vue=${view}`}>Réinitialiser</Link>
      </div>
    </form>
  );
}
