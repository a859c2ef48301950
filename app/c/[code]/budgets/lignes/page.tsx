import type { Metadata } from "next";
import { listBudgetLines } from "@/lib/budgets/list-budget-lines";
import { BudgetLineListView } from "@/components/budgets/budget-line-list";
import { budgetPage } from "@/app/_pages/budget-page";

export const metadata: Metadata = { title: "Lignes budgétaires" };

export default budgetPage(
  "budgets/lignes",
  "budget.read",
  "lignes",
  async ({ ctx, searchParams, path }) => (
    <BudgetLineListView
      data={await listBudgetLines(ctx, searchParams)}
      listHref={path}
      canWrite={ctx.permissions.has("budget.write")}
    />
  ),
);
