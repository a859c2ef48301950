import type { Metadata } from "next";
import { listAutorisations } from "@/lib/budgets/autorisations";
import { AutorisationListView } from "@/components/budgets/autorisation-views";
import { budgetPage } from "@/app/_pages/budget-page";

export const metadata: Metadata = { title: "AP / AE et crédits de paiement" };

export default budgetPage(
  "budgets/autorisations",
  "budget.read",
  "autorisations",
  async ({ ctx, budgets }) => (
    <AutorisationListView
      data={await listAutorisations(ctx)}
      base={budgets}
      canWrite={ctx.permissions.has("budget.write")}
    />
  ),
);
