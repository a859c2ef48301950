import type { RenewalPlan } from "@/lib/inventory/renewal-plan";
import { selectionParam, type RenewalPlanQuery } from "@/lib/inventory/renewal-rules";
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

/** planHref on the page's base and query: a view of the plan, with overrides. */
export type PlanHref = (view: PlanView, overrides?: Overrides) => string;

/** What a summary of the plan is drawn from: the plan, its links and its export route. */
export interface PlanSummaryProps {
  plan: RenewalPlan;
  href: PlanHref;
  exportHref: string;
}
