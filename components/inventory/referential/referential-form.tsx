"use client";

import { IDLE_STATE } from "@/lib/actions/idle-state";
import { CATEGORY_LABELS, EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import type { CategoryRule, ReferentialTargets } from "@/lib/inventory/referential";
import type { EquipmentCategory } from "@/lib/inventory/labels";
import { saveReferentialAction } from "@/app/actions/referential";
import { FieldError, FieldErrorList } from "@/components/forms/action-message";
import { SubmitRow } from "@/components/forms/submit-row";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ScopeProps } from "@/components/forms/action-form";
import {
  decimalInput,
  euroInput,
  TARGET_FIELDS,
} from "@/components/inventory/referential/referential-values";
import { formatCents } from "@/lib/format";

interface Props extends ScopeProps {
  targets: ReferentialTargets;
  rules: Record<EquipmentCategory, CategoryRule>;
  defaultRules: Record<EquipmentCategory, CategoryRule>;
}

const COLUMNS = [
  "Catégorie",
  "Renouvellement (ans)",
  "Coût unitaire (€)",
  "Renouveler à la fin de garantie",
  "Valeurs par défaut",
];

/** One rule of a category, in its table cell: a text input labelled for screen readers. */
function RuleCell({
  name,
  label,
  inputMode,
  defaultValue,
  width,
  error,
}: {
  name: string;
  label: string;
  inputMode: "numeric" | "decimal";
  defaultValue: string;
  width: string;
  error?: string;
}) {
  const id = `r-${name}`;
  return (
    <td className="px-3 py-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode={inputMode}
        required
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`${width} rounded border border-slate-500 px-2 py-1`}
      />
      <FieldError id={`${id}-error`} message={error} />
    </td>
  );
}

/** The whole référentiel in one form: targets, then each category's renewal age, unit cost and warranty rule. */
export function ReferentialForm({ targets, rules, defaultRules, ...scope }: Props) {
  const { state, pending, formRef, onSubmit } = useFormAction(saveReferentialAction, IDLE_STATE);
  const errors = state.fieldErrors;
  const invalid = (name: string) => (errors[name] ? true : undefined);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-6">
      <ScopeFields {...scope} />
      <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">Cibles</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {TARGET_FIELDS.map((field) => (
            <div key={field.name}>
              <label htmlFor={`r-${field.name}`} className="block text-sm font-medium">
                {field.label}
              </label>
              <input
                id={`r-${field.name}`}
                name={field.name}
                type="text"
                inputMode="decimal"
                required
                defaultValue={decimalInput(targets[field.name])}
                aria-invalid={invalid(field.name)}
                aria-describedby={
                  errors[field.name] ? `r-${field.name}-error` : `r-${field.name}-help`
                }
                className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
              />
              {errors[field.name] ? (
                <FieldError id={`r-${field.name}-error`} message={errors[field.name]} />
              ) : (
                <p id={`r-${field.name}-help`} className="mt-1 text-xs text-slate-700">
                  {field.help}
                </p>
              )}
            </div>
          ))}
        </div>
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">Règles par catégorie</legend>
        <p className="text-sm text-slate-700">
          Durée de renouvellement : entier de 1 à 20 ans. Coût unitaire TTC : de 0 à 1 000 000 €,
          par exemple 749,90.
        </p>
        <div className="mt-3 relative overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">
              Durée de renouvellement, coût unitaire et renouvellement à la fin de garantie, par
              catégorie
            </caption>
            <thead className="bg-slate-100">
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className="px-3 py-2">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {EQUIPMENT_CATEGORIES.map((category) => {
                const label = CATEGORY_LABELS[category];
                const rule = rules[category];
                const age = `age_${category}`;
                const cout = `cout_${category}`;
                const garantie = `garantie_${category}`;
                return (
                  <tr key={category} className="border-t border-slate-200 align-top">
                    <th scope="row" className="px-3 py-2 font-medium">
                      {label}
                    </th>
                    <RuleCell
                      name={age}
                      label={`${label} : renouvellement en années`}
                      inputMode="numeric"
                      defaultValue={String(rule.renewalAgeYears)}
                      width="w-20"
                      error={errors[age]}
                    />
                    <RuleCell
                      name={cout}
                      label={`${label} : coût unitaire en euros`}
                      inputMode="decimal"
                      defaultValue={euroInput(rule.unitCostCents)}
                      width="w-32"
                      error={errors[cout]}
                    />
                    <td className="px-3 py-2">
                      <input
                        id={`r-${garantie}`}
                        name={garantie}
                        type="checkbox"
                        defaultChecked={rule.renewAtWarrantyEnd}
                        className="h-4 w-4"
                      />
                      <label htmlFor={`r-${garantie}`} className="sr-only">
                        {label} : renouveler à la fin de garantie
                      </label>
                    </td>
                    <td className="px-3 py-2 text-slate-700">
                      {defaultRules[category].renewalAgeYears} ans,{" "}
                      {formatCents(defaultRules[category].unitCostCents)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </fieldset>

      <SubmitRow state={state} pending={pending} label="Enregistrer le référentiel" />
      <FieldErrorList state={state} />
    </form>
  );
}
