import type { Metadata } from "next";
import { listBudgetLines } from "@/lib/budgets/list-budget-lines";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { BudgetLineListView } from "@/components/budgets/budget-line-list";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Lignes budgétaires" };

export default spacePage<"code">(
  "c",
  "budgets/lignes",
  "budget.read",
  async ({ ctx, params, searchParams }) => {
    const { code } = params;
    const base = `/c/${code}/budgets`;
    const data = await listBudgetLines(ctx, searchParams);
    return (
      <>
        <BudgetTabs base={base} current="lignes" ctx={ctx} />
        <BudgetLineListView
          data={data}
          listHref={`${base}/lignes`}
          canWrite={ctx.permissions.has("budget.write")}
        />
      </>
    );
  },
);
