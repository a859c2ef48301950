import type { Metadata } from "next";
import { getRenewalProposals } from "@/lib/budgets/renewal-proposals";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { RenewalProposalsView } from "@/components/budgets/renewal-proposals-view";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Propositions du plan de renouvellement" };

export default spacePage<"code">(
  "c",
  "budgets/propositions",
  "budget.write",
  async ({ ctx, params }) => {
    const { code } = params;
    const base = `/c/${code}/budgets`;
    const data = await getRenewalProposals(ctx);
    return (
      <>
        <BudgetTabs base={base} current="propositions" ctx={ctx} />
        <RenewalProposalsView data={data} base={base} code={code} />
      </>
    );
  },
);
