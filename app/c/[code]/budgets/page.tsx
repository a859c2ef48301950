import type { Metadata } from "next";
import { getEluView } from "@/lib/budgets/elu-view";
import { EluBudgetView } from "@/components/budgets/elu-budget-view";
import { budgetPage } from "@/app/_pages/budget-page";

export const metadata: Metadata = { title: "Budgets : synthèse" };

export default budgetPage(
  "budgets",
  "budget.read",
  "synthese",
  async ({ ctx, searchParams, budgets }) => (
    <EluBudgetView view={await getEluView(ctx, searchParams)} base={budgets} />
  ),
);
