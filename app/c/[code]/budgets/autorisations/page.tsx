import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { listAutorisations } from "@/lib/budgets/autorisations";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { AutorisationListView } from "@/components/budgets/autorisation-views";

export const metadata: Metadata = { title: "AP / AE et crédits de paiement" };

export default async function Page({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const base = `/c/${code}/budgets`;
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    `${base}/autorisations`,
    "budget.read",
  );
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
}
