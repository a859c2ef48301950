import type { Metadata } from "next";
import { getRenewalProposals } from "@/lib/budgets/renewal-proposals";
import { RenewalProposalsView } from "@/components/budgets/renewal-proposals-view";
import { budgetPage } from "@/app/_pages/budget-page";

export const metadata: Metadata = { title: "Propositions du plan de renouvellement" };

export default budgetPage(
  "budgets/propositions",
  "budget.write",
  "propositions",
  async ({ ctx, params, budgets }) => (
    <RenewalProposalsView data={await getRenewalProposals(ctx)} base={budgets} code={params.code} />
  ),
);
