import type { AccessContext } from "@/lib/access/context";
import { TabsNav } from "@/components/ui/sub-nav";
import { DemoBudgetNotice } from "@/components/budgets/demo-budget-notice";

/** The budget pages of a collectivité, in order; `path` is under /c/[code]/budgets. */
export const BUDGET_TABS = {
  synthese: { path: "", label: "Synthèse" },
  lignes: { path: "/lignes", label: "Lignes budgétaires" },
  autorisations: { path: "/autorisations", label: "AP / AE et crédits de paiement" },
  dotations: { path: "/dotations", label: "Attributions aux collèges" },
  propositions: { path: "/propositions", label: "Propositions du plan de renouvellement" },
} as const;

export type BudgetTabKey = keyof typeof BUDGET_TABS;

/** Readers (élus, signataires) see the budget; those who write it also turn the renewal plan into proposals. */
export function budgetTabsFor(permissions: ReadonlySet<string>): BudgetTabKey[] {
  const tabs: BudgetTabKey[] = ["synthese", "lignes", "autorisations", "dotations"];
  return permissions.has("budget.write") ? [...tabs, "propositions"] : tabs;
}

/** The budgets' sub-navigation (`base` is /c/[code]/budgets), with the demo notice when the budget is the demo's. */
export function BudgetTabs({
  base,
  current,
  ctx,
}: {
  base: string;
  current: BudgetTabKey;
  ctx: AccessContext;
}) {
  const keys = budgetTabsFor(ctx.permissions);
  return (
    <>
      <TabsNav label="Budgets" base={base} tabs={BUDGET_TABS} keys={keys} current={current} />
      <DemoBudgetNotice ctx={ctx} />
    </>
  );
}
