"use client";

import type { ActionState } from "@/lib/actions/run-action";
import {
  CATEGORY_LABELS,
  EQUIPMENT_CATEGORIES,
  EQUIPMENT_STATUSES,
  EQUIPMENT_USAGES,
  FUNDING_LABELS,
  FUNDING_SOURCES,
  STATUS_LABELS,
  USAGE_LABELS,
} from "@/lib/inventory/labels";
import { labelledOptions } from "@/components/ui/select";
import type { ScopeProps } from "@/components/forms/action-form";
import type { EquipmentFormValues } from "@/components/inventory/equipment-values";
import { RecordForm } from "@/components/forms/record-form";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The full equipment form of collectivité agents, to add or correct one equipment. */
export function EquipmentForm({
  action,
  values,
  etablissements,
  submitLabel,
  ...scope
}: ScopeProps & {
  action: Action;
  values: EquipmentFormValues;
  etablissements: { uai: string; name: string; communeName: string }[];
  submitLabel: string;
}) {
  return (
    <RecordForm action={action} prefix="f" values={values} submitLabel={submitLabel} {...scope}>
      {(field) => (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            {field.select(
              "uai",
              "Établissement",
              etablissements.map((e) => ({
                value: e.uai,
                label: `${e.name} – ${e.communeName} (${e.uai})`,
              })),
              { emptyLabel: "Choisir…" },
            )}
            {field.select(
              "category",
              "Catégorie",
              labelledOptions(EQUIPMENT_CATEGORIES, CATEGORY_LABELS),
              {
                emptyLabel: "Choisir…",
              },
            )}
            {field.input("manufacturer", "Fabricant")}
            {field.input("model", "Modèle")}
            {field.input("serialNumber", "Numéro de série", {
              hint: "Enregistré en majuscules, sans espaces.",
            })}
            {field.input("inventoryNumber", "Numéro d'inventaire")}
            {field.input("acquiredOn", "Date d'acquisition", { type: "date" })}
            {field.input("warrantyEndsOn", "Fin de garantie", { type: "date" })}
            {field.select("status", "Statut", labelledOptions(EQUIPMENT_STATUSES, STATUS_LABELS))}
            {field.input("location", "Emplacement (salle)")}
            {field.select("usage", "Usage", labelledOptions(EQUIPMENT_USAGES, USAGE_LABELS))}
            {field.select(
              "fundingSource",
              "Financement",
              labelledOptions(FUNDING_SOURCES, FUNDING_LABELS),
              {
                emptyLabel: "Non renseigné",
              },
            )}
            {field.input("purchaseCost", "Coût d'achat (€ TTC)", {
              inputMode: "decimal",
              hint: "Par exemple 749,90.",
            })}
          </div>
        </>
      )}
    </RecordForm>
  );
}

/** Status and location: what a chef or référent changes on their collège's equipment. */
export function EquipmentStatusForm({
  action,
  id,
  status,
  location,
  ...scope
}: ScopeProps & { action: Action; id: string; status: string; location: string }) {
  return (
    <RecordForm
      action={action}
      prefix="s"
      values={{ id, status, location }}
      submitLabel="Enregistrer le statut"
      className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
      {...scope}
    >
      {(field) => (
        <>
          {field.select("status", "Statut", labelledOptions(EQUIPMENT_STATUSES, STATUS_LABELS))}
          {field.input("location", "Emplacement (salle)")}
        </>
      )}
    </RecordForm>
  );
}
