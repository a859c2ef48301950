import type { Metadata } from "next";
import { listAutorisations } from "@/lib/budgets/autorisations";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { AutorisationListView } from "@/components/budgets/autorisation-views";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "AP / AE et crédits de paiement" };

export default spacePage<"code">(
  "c",
  "budgets/autorisations",
  "budget.read",
  async ({ ctx, params }) => {
    const { code } = params;
    const base = `/c/${code}/budgets`;
    const data = await listAutorisations(ctx);
    return (
      <>
        <BudgetTabs base={base} current="autorisations" ctx={ctx} />
        <AutorisationListView
          data={data}
          base={base}
          canWrite={ctx.permissions.has("budget.write")}
        />
      </>
    );
  },
);
