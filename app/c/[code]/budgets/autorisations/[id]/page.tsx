import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { getAutorisation } from "@/lib/budgets/autorisations";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { AutorisationDetailView } from "@/components/budgets/autorisation-views";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Autorisation de programme ou d'engagement" };

export default spacePage<"code" | "id">(
  "c",
  (p) => `budgets/autorisations/${p.id}`,
  "budget.read",
  async ({ ctx, params, searchParams }) => {
    const { code, id } = params;
    const base = `/c/${code}/budgets`;
    const autorisation = await getAutorisation(ctx, id).catch((error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    });
    const { fait } = searchParams;
    return (
      <>
        <BudgetTabs base={base} current="autorisations" ctx={ctx} />
        <AutorisationDetailView
          a={autorisation}
          base={base}
          code={code}
          canWrite={ctx.permissions.has("budget.write")}
          done={typeof fait === "string" ? fait : undefined}
        />
      </>
    );
  },
);
