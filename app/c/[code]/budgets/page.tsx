import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { getEluView } from "@/lib/budgets/elu-view";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { EluBudgetView } from "@/components/budgets/elu-budget-view";

export const metadata: Metadata = { title: "Budgets : synthèse" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: SearchParams;
}) {
  const { code } = await params;
  const base = `/c/${code}/budgets`;
  const ctx = await getPageAccessContext({ type: "COLLECTIVITE", code }, base, "budget.read");
  const view = await getEluView(ctx, await searchParams);
  return (
    <>
      <BudgetTabs base={base} current="synthese" ctx={ctx} />
      <EluBudgetView view={view} base={base} />
    </>
  );
}
