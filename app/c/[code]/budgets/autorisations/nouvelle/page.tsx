import type { Metadata } from "next";
import { currentParisYear } from "@/lib/dates";
import { createAutorisationAction } from "@/app/actions/budgets";
import { AutorisationForm } from "@/components/budgets/autorisation-form";
import { budgetPage } from "@/app/_pages/budget-page";
import { collectiviteFormScope, FormSection } from "@/app/_pages/form-section";

export const metadata: Metadata = { title: "Enregistrer une autorisation" };

const values = {
  numero: "",
  label: "",
  kind: "AP",
  category: "EQUIPEMENT",
  votedOn: "",
  amount: "",
  affected: "0",
  engaged: "0",
  state: "VOTEE",
  cp: {},
};

export default budgetPage(
  "budgets/autorisations/nouvelle",
  "budget.write",
  "autorisations",
  (page) => (
    <FormSection
      titleId="nouvelle-ap-titre"
      title="Enregistrer une autorisation votée"
      back={`${page.budgets}/autorisations`}
      backLabel="← Toutes les autorisations"
    >
      <p>
        Les crédits de paiement se saisissent par exercice à partir de l&apos;année du vote (
        {currentParisYear()} par défaut, selon la date saisie).
      </p>
      <AutorisationForm
        action={createAutorisationAction}
        values={values}
        submitLabel="Enregistrer l'autorisation"
        {...collectiviteFormScope(page)}
      />
    </FormSection>
  ),
);
