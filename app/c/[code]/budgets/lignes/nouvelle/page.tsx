import type { Metadata } from "next";
import Link from "next/link";
import { budgetLineFormOptions } from "@/lib/budgets/list-budget-lines";
import { exerciceQuerySchema } from "@/lib/budgets/schemas";
import { currentParisYear } from "@/lib/dates";
import { createBudgetLineAction } from "@/app/actions/budgets";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { BudgetLineForm } from "@/components/budgets/budget-line-form";
import { emptyBudgetLine } from "@/components/budgets/budget-line-values";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Ajouter une ligne budgétaire" };

export default spacePage<"code">(
  "c",
  "budgets/lignes/nouvelle",
  "budget.write",
  async ({ ctx, params, searchParams }) => {
    const { code } = params;
    const base = `/c/${code}/budgets`;
    const path = `${base}/lignes/nouvelle`;
    const { autorisations } = await budgetLineFormOptions(ctx);
    const exercice = exerciceQuerySchema.parse(searchParams).exercice ?? currentParisYear();
    return (
      <>
        <BudgetTabs base={base} current="lignes" ctx={ctx} />
        <section aria-labelledby="nouvelle-titre" className="space-y-4">
          <p className="text-sm">
            <Link href={`${base}/lignes?exercice=${exercice}`}>
              ← Lignes budgétaires {exercice}
            </Link>
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
  },
);
