import type { Metadata } from "next";
import Link from "next/link";
import { getPageAccessContext } from "@/lib/access/page-context";
import { budgetLineFormOptions } from "@/lib/budgets/list-budget-lines";
import { exerciceQuerySchema } from "@/lib/budgets/schemas";
import { currentParisYear } from "@/lib/inventory/renewal-rules";
import { createBudgetLineAction } from "@/app/actions/budgets";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { BudgetLineForm } from "@/components/budgets/budget-line-form";
import { emptyBudgetLine } from "@/components/budgets/budget-line-values";

export const metadata: Metadata = { title: "Ajouter une ligne budgétaire" };

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
  const path = `${base}/lignes/nouvelle`;
  const ctx = await getPageAccessContext({ type: "COLLECTIVITE", code }, path, "budget.write");
  const { autorisations } = await budgetLineFormOptions(ctx);
  const exercice = exerciceQuerySchema.parse(await searchParams).exercice ?? currentParisYear();
  return (
    <>
      <BudgetTabs base={base} current="lignes" ctx={ctx} />
      <section aria-labelledby="nouvelle-titre" className="space-y-4">
        <p className="text-sm">
          <Link href={`${base}/lignes?exercice=${exercice}`}>← Lignes budgétaires {exercice}</Link>
        </p>
        <h1 id="nouvelle-titre">Ajouter une ligne budgétaire</h1>
        <BudgetLineForm
          action={createBudgetLineAction}
          values={emptyBudgetLine(exercice)}
          autorisations={autorisations}
          submitLabel="Ajouter la ligne"
          scopeType="COLLECTIVITE"
          scopeKey={code}
          path={path}
        />
      </section>
    </>
  );
}
