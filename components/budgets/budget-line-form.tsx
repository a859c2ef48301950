"use client";

import type { ActionState } from "@/lib/actions/run-action";
import {
  BUDGET_CATEGORIES,
  BUDGET_CATEGORY_LABELS,
  BUDGET_FUNDINGS,
  BUDGET_FUNDING_LABELS,
  BUDGET_SECTIONS,
  M57_CHAPTERS,
  M57_NATURES,
  SECTION_LABELS,
} from "@/lib/budgets/labels";
import type { ScopeProps } from "@/components/forms/action-form";
import type { BudgetLineFormValues } from "@/components/budgets/budget-line-values";
import { RecordForm } from "@/components/forms/record-form";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The budget line form of collectivité agents: accounts, label, amounts voted and executed, the AP/AE it carries. */
export function BudgetLineForm({
  action,
  values,
  autorisations,
  submitLabel,
  ...scope
}: ScopeProps & {
  action: Action;
  values: BudgetLineFormValues;
  autorisations: { id: string; numero: string; label: string; kind: "AP" | "AE" }[];
  submitLabel: string;
}) {
  return (
    <RecordForm action={action} prefix="l" values={values} submitLabel={submitLabel} {...scope}>
      {(field) => (
        <>
          <datalist id="m57-chapitres">
            {Object.entries(M57_CHAPTERS).map(([code, label]) => (
              <option key={code} value={code}>{`${code} – ${label}`}</option>
            ))}
          </datalist>
          <datalist id="m57-natures">
            {Object.entries(M57_NATURES).map(([code, label]) => (
              <option key={code} value={code}>{`${code} – ${label}`}</option>
            ))}
          </datalist>
          <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <legend className="mb-2 font-semibold">Imputation (nomenclature M57)</legend>
            {field.input("exercice", "Exercice", { inputMode: "numeric" })}
            {field.coded("section", "Section", BUDGET_SECTIONS, SECTION_LABELS)}
            {field.input("chapitre", "Chapitre", {
              list: "m57-chapitres",
              inputMode: "numeric",
              hint: "Par exemple 21, 20, 204, 011 ou 65.",
            })}
            {field.input("fonction", "Fonction", { inputMode: "numeric", hint: "221 : collèges." })}
            {field.input("nature", "Nature (compte)", {
              list: "m57-natures",
              inputMode: "numeric",
              hint: "Choisissez dans la liste ou saisissez un compte à chiffres.",
            })}
            {field.input("label", "Libellé", { fieldClassName: "sm:col-span-2 lg:col-span-3" })}
            {field.coded("category", "Catégorie", BUDGET_CATEGORIES, BUDGET_CATEGORY_LABELS)}
            {field.coded("funding", "Financement", BUDGET_FUNDINGS, BUDGET_FUNDING_LABELS)}
            {field.select(
              "autorisationId",
              "Autorisation portée (AP ou AE)",
              autorisations.map((a) => ({
                value: a.id,
                label: `${a.numero} – ${a.label} (${a.kind})`,
              })),
              {
                emptyLabel: "Aucune",
                hint: "Une AP se porte sur une ligne d'investissement, une AE sur une ligne de fonctionnement.",
                fieldClassName: "sm:col-span-2",
              },
            )}
          </fieldset>
          <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <legend className="mb-2 font-semibold">Montants en euros (voté = BP + DM)</legend>
            {field.amount("bp", "Budget primitif (BP)", "Par exemple 60 000 ou 1 234,56.")}
            {field.amount(
              "dm",
              "Décisions modificatives (DM)",
              "Précédé de « - » pour une réduction, par exemple -1 000.",
            )}
            {field.amount("engaged", "Engagé", "Au plus le voté.")}
            {field.amount("mandated", "Mandaté", "Au plus l'engagé.")}
          </fieldset>
        </>
      )}
    </RecordForm>
  );
}
