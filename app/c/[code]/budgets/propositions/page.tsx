import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { getRenewalProposals } from "@/lib/budgets/renewal-proposals";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { RenewalProposalsView } from "@/components/budgets/renewal-proposals-view";

export const metadata: Metadata = { title: "Propositions du plan de renouvellement" };

export default async function Page({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const base = `/c/${code}/budgets`;
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    `${base}/propositions`,
    "budget.write",
  );
  const data = await getRenewalProposals(ctx);
  return (
    <>
      <BudgetTabs base={base} current="propositions" ctx={ctx} />
      <RenewalProposalsView data={data} base={base} code={code} />
    </>
  );
}
