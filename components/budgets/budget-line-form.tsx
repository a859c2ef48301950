"use client";

import type { ActionState } from "@/lib/actions/run-action";
import { IDLE_STATE } from "@/lib/actions/idle-state";
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
import { ActionMessage } from "@/components/forms/action-message";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ScopeProps } from "@/components/forms/action-form";
import { describedBy, INPUT_CLASS, Labelled, SELECT_CLASS } from "@/components/budgets/labelled";
import type { BudgetLineFormValues } from "@/components/budgets/budget-line-values";

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
  const { state, pending, formRef, onSubmit } = useFormAction(action, IDLE_STATE);
  const errors = state.fieldErrors;
  const input = (
    name: keyof BudgetLineFormValues,
    props: React.InputHTMLAttributes<HTMLInputElement> = {},
    help = false,
  ) => (
    <input
      id={`l-${name}`}
      name={name}
      defaultValue={values[name]}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={describedBy(`l-${name}`, errors[name], help)}
      className={INPUT_CLASS}
      {...props}
    />
  );
  const choice = (
    name: keyof BudgetLineFormValues,
    options: readonly string[],
    labels: Record<string, string>,
  ) => (
    <select
      id={`l-${name}`}
      name={name}
      defaultValue={values[name]}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={describedBy(`l-${name}`, errors[name], false)}
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
        <Labelled id="l-exercice" label="Exercice" error={errors.exercice}>
          {input("exercice", { inputMode: "numeric" })}
        </Labelled>
        <Labelled id="l-section" label="Section" error={errors.section}>
          {choice("section", BUDGET_SECTIONS, SECTION_LABELS)}
        </Labelled>
        <Labelled
          id="l-chapitre"
          label="Chapitre"
          error={errors.chapitre}
          help="Par exemple 21, 20, 204, 011 ou 65."
        >
          {input("chapitre", { list: "m57-chapitres", inputMode: "numeric" }, true)}
        </Labelled>
        <Labelled id="l-fonction" label="Fonction" error={errors.fonction} help="221 : collèges.">
          {input("fonction", { inputMode: "numeric" }, true)}
        </Labelled>
        <Labelled
          id="l-nature"
          label="Nature (compte)"
          error={errors.nature}
          help="Choisissez dans la liste ou saisissez un compte à chiffres."
        >
          {input("nature", { list: "m57-natures", inputMode: "numeric" }, true)}
        </Labelled>
        <div className="sm:col-span-2 lg:col-span-3">
          <Labelled id="l-label" label="Libellé" error={errors.label}>
            {input("label")}
          </Labelled>
        </div>
        <Labelled id="l-category" label="Catégorie" error={errors.category}>
          {choice("category", BUDGET_CATEGORIES, BUDGET_CATEGORY_LABELS)}
        </Labelled>
        <Labelled id="l-funding" label="Financement" error={errors.funding}>
          {choice("funding", BUDGET_FUNDINGS, BUDGET_FUNDING_LABELS)}
        </Labelled>
        <div className="sm:col-span-2">
          <Labelled
            id="l-autorisationId"
            label="Autorisation portée (AP ou AE)"
            error={errors.autorisationId}
            help="Une AP se porte sur une ligne d'investissement, une AE sur une ligne de fonctionnement."
          >
            <select
              id="l-autorisationId"
              name="autorisationId"
              defaultValue={values.autorisationId}
              aria-invalid={errors.autorisationId ? true : undefined}
              aria-describedby={describedBy("l-autorisationId", errors.autorisationId, true)}
              className={SELECT_CLASS}
            >
              <option value="">Aucune</option>
              {autorisations.map((a) => (
                <option key={a.id} value={a.id}>{`${a.numero} – ${a.label} (${a.kind})`}</option>
              ))}
            </select>
          </Labelled>
        </div>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-2 font-semibold">Montants en euros (voté = BP + DM)</legend>
        <Labelled
          id="l-bp"
          label="Budget primitif (BP)"
          error={errors.bp}
          help="Par exemple 60 000 ou 1 234,56."
        >
          {input("bp", { inputMode: "decimal" }, true)}
        </Labelled>
        <Labelled
          id="l-dm"
          label="Décisions modificatives (DM)"
          error={errors.dm}
          help="Précédé de « - » pour une réduction, par exemple -1 000."
        >
          {input("dm", { inputMode: "decimal" }, true)}
        </Labelled>
        <Labelled id="l-engaged" label="Engagé" error={errors.engaged} help="Au plus le voté.">
          {input("engaged", { inputMode: "decimal" }, true)}
        </Labelled>
        <Labelled id="l-mandated" label="Mandaté" error={errors.mandated} help="Au plus l'engagé.">
          {input("mandated", { inputMode: "decimal" }, true)}
        </Labelled>
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
