import type { EquipmentCategory } from "@/lib/inventory/labels";
import type { BudgetLineOption } from "@/lib/campaigns/form-options";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { CategoryCheckboxes } from "@/components/forms/category-checkboxes";
import { boundFields } from "@/components/forms/bound-fields";
import { createCampaignAction, updateCampaignAction } from "@/app/actions/campaigns";

export interface CampaignFormValues {
  campaignId?: string;
  title: string;
  exercice: string;
  opensOn: string;
  closesOn: string;
  envelope: string;
  categories: EquipmentCategory[];
  description: string;
  budgetLineId: string;
}

/** The fields of a campaign, to draft it or edit the draft. */
export function CampaignForm({
  values,
  budgetLines,
  ...scope
}: { values: CampaignFormValues; budgetLines: BudgetLineOption[] } & ScopeProps) {
  const editing = Boolean(values.campaignId);
  const p = editing ? "campagne-edit" : "campagne";
  const field = boundFields<Exclude<keyof CampaignFormValues, "categories">>(p, values);
  return (
    <ActionForm
      action={editing ? updateCampaignAction : createCampaignAction}
      hidden={values.campaignId ? { campaignId: values.campaignId } : {}}
      submitLabel={editing ? "Enregistrer les modifications" : "Enregistrer le brouillon"}
      {...scope}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      {field.input("title", "Intitulé", { required: true, maxLength: 200 })}
      <div className="grid gap-4 sm:grid-cols-4">
        {field.input("exercice", "Exercice budgétaire", {
          type: "number",
          min: 2000,
          max: 2100,
          required: true,
        })}
        {field.input("opensOn", "Ouverture des dépôts", { type: "date", required: true })}
        {field.input("closesOn", "Date limite de dépôt (incluse)", {
          type: "date",
          required: true,
        })}
        {field.input("envelope", "Enveloppe (€)", {
          inputMode: "decimal",
          required: true,
          hint: "Par exemple 150 000 ou 150000,00.",
        })}
      </div>
      <CategoryCheckboxes
        legend="Catégories d'équipement couvertes (au moins une)"
        checked={values.categories}
      />
      {field.textarea("description", "Description (facultative)", { maxLength: 4000 })}
      {field.select(
        "budgetLineId",
        "Ligne budgétaire alimentée (facultative)",
        budgetLines.map((line) => ({ value: line.id, label: line.label })),
        {
          id: `${p}-budgetLine`,
          emptyLabel: "Aucune",
          hint: "Une ligne du même exercice que la campagne ; elle est seulement lue, jamais modifiée.",
        },
      )}
    </ActionForm>
  );
}
