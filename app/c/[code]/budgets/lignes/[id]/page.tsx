import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { budgetLineFormOptions, getBudgetLine } from "@/lib/budgets/list-budget-lines";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { BudgetLineDetailView } from "@/components/budgets/budget-line-detail";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Ligne budgétaire" };

export default spacePage<"code" | "id">(
  "c",
  (p) => `budgets/lignes/${p.id}`,
  "budget.read",
  async ({ ctx, params, searchParams }) => {
    const { code, id } = params;
    const base = `/c/${code}/budgets`;
    const line = await getBudgetLine(ctx, id).catch((error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    });
    const edit = ctx.permissions.has("budget.write") ? await budgetLineFormOptions(ctx) : null;
    const { fait } = searchParams;
    return (
      <>
        <BudgetTabs base={base} current="lignes" ctx={ctx} />
        <BudgetLineDetailView
          line={line}
          base={base}
          code={code}
          edit={edit}
          done={typeof fait === "string" ? fait : undefined}
        />
      </>
    );
  },
);
