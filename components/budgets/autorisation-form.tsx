"use client";

import { Fragment, useState } from "react";
import type { ActionState } from "@/lib/actions/run-action";
import {
  AUTORISATION_KIND_LABELS,
  AUTORISATION_STATE_LABELS,
  BUDGET_CATEGORIES,
  BUDGET_CATEGORY_LABELS,
} from "@/lib/budgets/labels";
import { AUTORISATION_KINDS, AUTORISATION_STATES, cpFormYears } from "@/lib/budgets/labels";
import { FieldError } from "@/components/forms/action-message";
import type { ScopeProps } from "@/components/forms/action-form";
import { RecordForm } from "@/components/forms/record-form";

/** An AP/AE as the form shows it: strings, amounts in euros, the CP schedule per exercice. */
export interface AutorisationFormValues {
  id?: string;
  numero: string;
  label: string;
  kind: string;
  category: string;
  votedOn: string;
  amount: string;
  affected: string;
  engaged: string;
  state: string;
  cp: Record<string, string>;
}

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const yearOf = (date: string) => {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(date);
  return match ? Number(match[1]) : null;
};

/**
 * The AP/AE form: the envelope and its stages, and the CP schedule in one place — one input per
 * exercice from the vote year (six years), following the vote date as it is typed.
 */
export function AutorisationForm({
  action,
  values,
  submitLabel,
  ...scope
}: ScopeProps & { action: Action; values: AutorisationFormValues; submitLabel: string }) {
  const [votedYear, setVotedYear] = useState(
    () => yearOf(values.votedOn) ?? new Date().getFullYear(),
  );
  const scheduled = Object.keys(values.cp).map(Number);
  const years = cpFormYears(votedYear, scheduled);
  const { cp, ...plain } = values;
  const cpValues = Object.fromEntries(years.map((y) => [`cp_${y}`, cp[String(y)] ?? ""]));
  return (
    <RecordForm
      action={action}
      prefix="a"
      values={{ ...plain, ...cpValues }}
      submitLabel={submitLabel}
      {...scope}
    >
      {(field, errors) => (
        <>
          <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <legend className="mb-2 font-semibold">Autorisation</legend>
            {field.input("numero", "Numéro", { hint: "Par exemple AP 2026-01." })}
            {field.input("label", "Libellé", { fieldClassName: "sm:col-span-1 lg:col-span-3" })}
            {field.coded("kind", "Type", AUTORISATION_KINDS, AUTORISATION_KIND_LABELS)}
            {field.coded("category", "Catégorie", BUDGET_CATEGORIES, BUDGET_CATEGORY_LABELS)}
            {field.input("votedOn", "Date du vote", {
              type: "date",
              onChange: (event) => {
                const year = yearOf(event.currentTarget.value);
                if (year) setVotedYear(year);
              },
            })}
            {field.coded("state", "État", AUTORISATION_STATES, AUTORISATION_STATE_LABELS)}
          </fieldset>
          <fieldset className="grid gap-4 sm:grid-cols-3">
            <legend className="mb-2 font-semibold">Montants en euros</legend>
            {field.amount("amount", "Montant voté", "Par exemple 1 200 000.")}
            {field.amount("affected", "Affecté", "Au plus le montant voté.")}
            {field.amount("engaged", "Engagé", "Au plus l'affecté.")}
          </fieldset>
          <fieldset
            aria-describedby={errors.cp ? "a-cp-error" : "a-cp-help"}
            className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6"
          >
            <legend className="mb-2 font-semibold">
              Échéancier des crédits de paiement (€ par exercice)
            </legend>
            <p id="a-cp-help" className="text-xs text-slate-700 sm:col-span-3 lg:col-span-6">
              Laissez vide un exercice sans crédits. Le total des crédits de paiement ne peut pas
              dépasser le montant voté.
            </p>
            {years.map((year) => (
              <Fragment key={year}>{field.amount(`cp_${year}`, `CP ${year}`)}</Fragment>
            ))}
            <div className="sm:col-span-3 lg:col-span-6">
              <FieldError id="a-cp-error" message={errors.cp} />
            </div>
          </fieldset>
        </>
      )}
    </RecordForm>
  );
}
