import type { Metadata } from "next";
import { getEluView } from "@/lib/budgets/elu-view";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { EluBudgetView } from "@/components/budgets/elu-budget-view";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Budgets : synthèse" };

export default spacePage<"code">(
  "c",
  "budgets",
  "budget.read",
  async ({ ctx, params, searchParams }) => {
    const { code } = params;
    const base = `/c/${code}/budgets`;
    const view = await getEluView(ctx, searchParams);
    return (
      <>
        <BudgetTabs base={base} current="synthese" ctx={ctx} />
        <EluBudgetView view={view} base={base} />
      </>
    );
  },
);
