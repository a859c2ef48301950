import type { EquipmentCategory } from "@/lib/inventory/labels";
import type { BudgetLineOption } from "@/lib/campaigns/form-options";
import { CATEGORY_LABELS, EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { InputField, TextAreaField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
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
  return (
    <ActionForm
      action={editing ? updateCampaignAction : createCampaignAction}
      hidden={values.campaignId ? { campaignId: values.campaignId } : {}}
      submitLabel={editing ? "Enregistrer les modifications" : "Enregistrer le brouillon"}
      {...scope}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <InputField
        id={`${p}-title`}
        name="title"
        label="Intitulé"
        required
        defaultValue={values.title}
        maxLength={200}
      />
      <div className="grid gap-4 sm:grid-cols-4">
        <InputField
          id={`${p}-exercice`}
          name="exercice"
          label="Exercice budgétaire"
          type="number"
          min={2000}
          max={2100}
          required
          defaultValue={values.exercice}
        />
        <InputField
          id={`${p}-opensOn`}
          name="opensOn"
          label="Ouverture des dépôts"
          type="date"
          required
          defaultValue={values.opensOn}
        />
        <InputField
          id={`${p}-closesOn`}
          name="closesOn"
          label="Date limite de dépôt (incluse)"
          type="date"
          required
          defaultValue={values.closesOn}
        />
        <InputField
          id={`${p}-envelope`}
          name="envelope"
          label="Enveloppe (€)"
          inputMode="decimal"
          required
          defaultValue={values.envelope}
          hint="Par exemple 150 000 ou 150000,00."
        />
      </div>
      <fieldset className="rounded border border-slate-300 p-3">
        <legend className="px-1 text-sm font-medium">
          Catégories d&apos;équipement couvertes (au moins une)
        </legend>
        <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
          {EQUIPMENT_CATEGORIES.map((category) => (
            <label key={category} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="categories"
                value={category}
                defaultChecked={values.categories.includes(category)}
              />
              {CATEGORY_LABELS[category]}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        id={`${p}-description`}
        name="description"
        label="Description (facultative)"
        maxLength={4000}
        defaultValue={values.description}
      />
      <SelectField
        id={`${p}-budgetLine`}
        name="budgetLineId"
        label="Ligne budgétaire alimentée (facultative)"
        defaultValue={values.budgetLineId}
        emptyLabel="Aucune"
        options={budgetLines.map((line) => ({ value: line.id, label: line.label }))}
        hint="Une ligne du même exercice que la campagne ; elle est seulement lue, jamais modifiée."
      />
    </ActionForm>
  );
}
