import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { listBudgetLines } from "@/lib/budgets/list-budget-lines";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { BudgetLineListView } from "@/components/budgets/budget-line-list";

export const metadata: Metadata = { title: "Lignes budgétaires" };

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
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    `${base}/lignes`,
    "budget.read",
  );
  const data = await listBudgetLines(ctx, await searchParams);
  return (
    <>
      <BudgetTabs base={base} current="lignes" ctx={ctx} />
      <BudgetLineListView
        data={data}
        listHref={`${base}/lignes`}
        canWrite={ctx.permissions.has("budget.write")}
      />
    </>
  );
}
