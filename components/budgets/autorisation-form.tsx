"use client";

import { useState } from "react";
import type { ActionState } from "@/lib/actions/run-action";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import {
  AUTORISATION_KIND_LABELS,
  AUTORISATION_STATE_LABELS,
  BUDGET_CATEGORIES,
  BUDGET_CATEGORY_LABELS,
} from "@/lib/budgets/labels";
import { AUTORISATION_KINDS, AUTORISATION_STATES, cpFormYears } from "@/lib/budgets/labels";
import { ActionMessage, FieldError } from "@/components/forms/action-message";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ScopeProps } from "@/components/forms/action-form";
import { describedBy, INPUT_CLASS, Labelled, SELECT_CLASS } from "@/components/budgets/labelled";

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
  const { state, pending, formRef, onSubmit } = useFormAction(action, IDLE_STATE);
  const [votedYear, setVotedYear] = useState(
    () => yearOf(values.votedOn) ?? new Date().getFullYear(),
  );
  const errors = state.fieldErrors;
  const scheduled = Object.keys(values.cp).map(Number);
  const years = cpFormYears(votedYear, scheduled);
  const input = (
    name: Exclude<keyof AutorisationFormValues, "cp">,
    props: React.InputHTMLAttributes<HTMLInputElement> = {},
    help = false,
  ) => (
    <input
      id={`a-${name}`}
      name={name}
      defaultValue={values[name]}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={describedBy(`a-${name}`, errors[name], help)}
      className={INPUT_CLASS}
      {...props}
    />
  );
  const choice = (
    name: "kind" | "category" | "state",
    options: readonly string[],
    labels: Record<string, string>,
  ) => (
    <select
      id={`a-${name}`}
      name={name}
      defaultValue={values[name]}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={describedBy(`a-${name}`, errors[name], false)}
      className={SELECT_CLASS}
    >
      {options.map((o) => (
        <option key={o} value={o}>
          {labels[o]}
        </option>
      ))}
    </select>
  );
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <ScopeFields {...scope} />
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-2 font-semibold">Autorisation</legend>
        <Labelled id="a-numero" label="Numéro" error={errors.numero} help="Par exemple AP 2026-01.">
          {input("numero", {}, true)}
        </Labelled>
        <div className="sm:col-span-1 lg:col-span-3">
          <Labelled id="a-label" label="Libellé" error={errors.label}>
            {input("label")}
          </Labelled>
        </div>
        <Labelled id="a-kind" label="Type" error={errors.kind}>
          {choice("kind", AUTORISATION_KINDS, AUTORISATION_KIND_LABELS)}
        </Labelled>
        <Labelled id="a-category" label="Catégorie" error={errors.category}>
          {choice("category", BUDGET_CATEGORIES, BUDGET_CATEGORY_LABELS)}
        </Labelled>
        <Labelled id="a-votedOn" label="Date du vote" error={errors.votedOn}>
          {input("votedOn", {
            type: "date",
            onChange: (event) => {
              const year = yearOf(event.currentTarget.value);
              if (year) setVotedYear(year);
            },
          })}
        </Labelled>
        <Labelled id="a-state" label="État" error={errors.state}>
          {choice("state", AUTORISATION_STATES, AUTORISATION_STATE_LABELS)}
        </Labelled>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-semibold">Montants en euros</legend>
        <Labelled
          id="a-amount"
          label="Montant voté"
          error={errors.amount}
          help="Par exemple 1 200 000."
        >
          {input("amount", { inputMode: "decimal" }, true)}
        </Labelled>
        <Labelled
          id="a-affected"
          label="Affecté"
          error={errors.affected}
          help="Au plus le montant voté."
        >
          {input("affected", { inputMode: "decimal" }, true)}
        </Labelled>
        <Labelled id="a-engaged" label="Engagé" error={errors.engaged} help="Au plus l'affecté.">
          {input("engaged", { inputMode: "decimal" }, true)}
        </Labelled>
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
        {years.map((year) => {
          const name = `cp_${year}`;
          return (
            <Labelled key={year} id={`a-${name}`} label={`CP ${year}`} error={errors[name]}>
              <input
                id={`a-${name}`}
                name={name}
                defaultValue={values.cp[String(year)] ?? ""}
                inputMode="decimal"
                aria-invalid={errors[name] ? true : undefined}
                aria-describedby={describedBy(`a-${name}`, errors[name], false)}
                className={INPUT_CLASS}
              />
            </Labelled>
          );
        })}
        <div className="sm:col-span-3 lg:col-span-6">
          <FieldError id="a-cp-error" message={errors.cp} />
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 disabled:opacity-70"
        >
          {pending ? "Enregistrement…" : submitLabel}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
