import type { Metadata } from "next";
import { budgetLineFormOptions, getBudgetLine } from "@/lib/budgets/list-budget-lines";
import { BudgetLineDetailView } from "@/components/budgets/budget-line-detail";
import { orNotFound } from "@/app/_server/or-not-found";
import { budgetPage } from "@/app/_pages/budget-page";
import { searchParam } from "@/app/_pages/search-param";

export const metadata: Metadata = { title: "Ligne budgétaire" };

export default budgetPage<"id">(
  (p) => `budgets/lignes/${p.id}`,
  "budget.read",
  "lignes",
  async ({ ctx, params, searchParams, budgets }) => {
    const line = await orNotFound(getBudgetLine(ctx, params.id));
    const edit = ctx.permissions.has("budget.write") ? await budgetLineFormOptions(ctx) : null;
    return (
      <BudgetLineDetailView
        line={line}
        base={budgets}
        code={params.code}
        edit={edit}
        done={searchParam(searchParams, "fait")}
      />
    );
  },
);
