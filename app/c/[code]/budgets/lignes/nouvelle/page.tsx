import type { Metadata } from "next";
import { budgetLineFormOptions } from "@/lib/budgets/list-budget-lines";
import { exerciceQuerySchema } from "@/lib/budgets/schemas";
import { currentParisYear } from "@/lib/dates";
import { createBudgetLineAction } from "@/app/actions/budgets";
import { BudgetLineForm } from "@/components/budgets/budget-line-form";
import { emptyBudgetLine } from "@/components/budgets/budget-line-values";
import { budgetPage } from "@/app/_pages/budget-page";
import { collectiviteFormScope, FormSection } from "@/app/_pages/form-section";

export const metadata: Metadata = { title: "Ajouter une ligne budgétaire" };

export default budgetPage("budgets/lignes/nouvelle", "budget.write", "lignes", async (page) => {
  const { ctx, searchParams, budgets } = page;
  const { autorisations } = await budgetLineFormOptions(ctx);
  const exercice = exerciceQuerySchema.parse(searchParams).exercice ?? currentParisYear();
  return (
    <FormSection
      titleId="nouvelle-titre"
      title="Ajouter une ligne budgétaire"
      back={`${budgets}/lignes?exercice=${exercice}`}
      backLabel={<>← Lignes budgétaires {exercice}</>}
    >
      <BudgetLineForm
        action={createBudgetLineAction}
        values={emptyBudgetLine(exercice)}
        autorisations={autorisations}
        submitLabel="Ajouter la ligne"
        {...collectiviteFormScope(page)}
      />
    </FormSection>
  );
});
