import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPageAccessContext } from "@/lib/access/page-context";
import { isAppError } from "@/lib/errors";
import { budgetLineFormOptions, getBudgetLine } from "@/lib/budgets/list-budget-lines";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { BudgetLineDetailView } from "@/components/budgets/budget-line-detail";

export const metadata: Metadata = { title: "Ligne budgétaire" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ code: string; id: string }>;
  searchParams: SearchParams;
}) {
  const { code, id } = await params;
  const base = `/c/${code}/budgets`;
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    `${base}/lignes/${id}`,
    "budget.read",
  );
  const line = await getBudgetLine(ctx, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const edit = ctx.permissions.has("budget.write") ? await budgetLineFormOptions(ctx) : null;
  const { fait } = await searchParams;
  return (
    <>
      <BudgetTabs base={base} current="lignes" ctx={ctx} />
      <BudgetLineDetailView
        line={line}
        base={base}
        code={code}
        edit={edit}
        done={typeof fait === "string" ? fait : undefined}
      />
    </>
  );
}
