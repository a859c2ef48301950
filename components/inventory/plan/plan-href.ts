import { selectionParam, type RenewalPlanQuery } from "@/lib/inventory/renewal-rules";
import type { RenewalPlan } from "@/lib/inventory/renewal-plan";
import { hrefWithQuery } from "@/components/ui/list-href";

export type PlanView = "annees" | "colleges" | "liste";

export const PLAN_VIEWS: Record<PlanView, string> = {
  annees: "Par exercice et catégorie",
  colleges: "Par collège",
  liste: "Liste des équipements",
};

type Overrides = Partial<
  Record<"vue" | "debut" | "uai" | "category" | "annee" | "page", string | number | undefined>
>;

/**
 * A URL of the plan keeping the current filters (start year, collège, category), with overrides;
 * `undefined` drops a parameter. Defaults are left out so links stay short.
 */
export function planHref(
  base: string,
  query: RenewalPlanQuery,
  view: PlanView,
  overrides: Overrides = {},
): string {
  const merged: Overrides = {
    vue: view === "annees" ? undefined : view,
    debut: query.firstYear === query.currentYear ? undefined : query.firstYear,
    uai: query.uai,
    category: query.category,
    annee: view === "liste" ? selectionParam(query.selection) : undefined,
    page: view === "liste" && query.page > 1 ? query.page : undefined,
    ...overrides,
  };
  return hrefWithQuery(base, merged);
}

/** A link to a view of this plan, its filters kept (see planHref). */
export type PlanViewHref = (view: PlanView, overrides?: Overrides) => string;

/** What the per-exercice and per-collège views are drawn from. */
export interface PlanViewProps {
  plan: RenewalPlan;
  href: PlanViewHref;
  exportHref: string;
}
