"use client";

import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/run-action";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { ALLOCATION_KIND_LABELS, ALLOCATION_KINDS } from "@/lib/budgets/labels";
import { ActionMessage, FieldError } from "@/components/forms/action-message";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ScopeProps } from "@/components/forms/action-form";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Values as the form shows them: strings, the amount in euros (`12500` or `1234,56`). */
export interface AllocationFormValues {
  id?: string;
  uai: string;
  exercice: number;
  kind: string;
  label: string;
  amount: string;
  budgetLineId: string;
}

export interface AllocationFormOptions {
  colleges: { uai: string; name: string; communeName: string }[];
  budgetLines: { id: string; chapitre: string; nature: string; label: string }[];
}

function Labelled({
  id,
  label,
  error,
  help,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  help?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {error ? (
        <FieldError id={`${id}-error`} message={error} />
      ) : help ? (
        <p id={`${id}-help`} className="mt-1 text-xs text-slate-700">
          {help}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Creates an allocation (`values.id` absent: the collège is chosen) or corrects one (its collège
 * stays). The exercice is the page's; the budget lines offered are the collectivité's of that exercice.
 */
export function AllocationForm({
  action,
  values,
  options,
  submitLabel,
  prefix,
  ...scope
}: ScopeProps & {
  action: Action;
  values: AllocationFormValues;
  options: AllocationFormOptions;
  submitLabel: string;
  /** Distinguishes the ids of two forms on one page. */
  prefix: string;
}) {
  const creating = values.id === undefined;
  const { state, pending, formRef, onSubmit } = useFormAction(action, IDLE_STATE, {
    resetOnSuccess: creating,
  });
  const errors = state.fieldErrors;
  const id = (name: string) => `${prefix}-${name}`;
  const describe = (name: string, help = false) =>
    errors[name] ? `${id(name)}-error` : help ? `${id(name)}-help` : undefined;
  const aria = (name: string, help = false) => ({
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": describe(name, help),
  });
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <ScopeFields {...scope} />
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <input type="hidden" name="exercice" value={values.exercice} />
      <p className="text-sm text-slate-800">
        Exercice {values.exercice}
        {errors.exercice ? <span className="text-red-800"> — {errors.exercice}</span> : null}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {creating ? (
          <Labelled id={id("uai")} label="Collège" error={errors.uai}>
            <select
              id={id("uai")}
              name="uai"
              defaultValue={values.uai}
              {...aria("uai")}
              className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
            >
              <option value="">Choisir…</option>
              {options.colleges.map((c) => (
                <option key={c.uai} value={c.uai}>
                  {c.name} – {c.communeName} ({c.uai})
                </option>
              ))}
            </select>
          </Labelled>
        ) : null}
        <Labelled id={id("kind")} label="Type d'attribution" error={errors.kind}>
          <select
            id={id("kind")}
            name="kind"
            defaultValue={values.kind}
            {...aria("kind")}
            className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
          >
            <option value="">Choisir…</option>
            {ALLOCATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {ALLOCATION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled
          id={id("label")}
          label="Libellé"
          error={errors.label}
          help="Par exemple « Dotation numérique 2026 » ou « Renouvellement de la salle 104 »."
        >
          <input
            id={id("label")}
            name="label"
            defaultValue={values.label}
            maxLength={200}
            {...aria("label", true)}
            className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
          />
        </Labelled>
        <Labelled
          id={id("amount")}
          label="Montant (€)"
          error={errors.amount}
          help="En euros, par exemple 12 500 ou 1 234,56."
        >
          <input
            id={id("amount")}
            name="amount"
            defaultValue={values.amount}
            inputMode="decimal"
            {...aria("amount", true)}
            className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
          />
        </Labelled>
        <Labelled
          id={id("budgetLineId")}
          label="Ligne budgétaire (facultatif)"
          error={errors.budgetLineId}
          help={
            options.budgetLines.length === 0
              ? `Aucune ligne budgétaire pour l'exercice ${values.exercice}.`
              : undefined
          }
        >
          <select
            id={id("budgetLineId")}
            name="budgetLineId"
            defaultValue={values.budgetLineId}
            {...aria("budgetLineId", options.budgetLines.length === 0)}
            className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
          >
            <option value="">Aucune</option>
            {options.budgetLines.map((l) => (
              <option key={l.id} value={l.id}>
                Chap. {l.chapitre} · {l.nature} – {l.label}
              </option>
            ))}
          </select>
        </Labelled>
      </div>
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

/** Deletes one allocation (shown only in its edit panel); then back to the list (`retour`). */
export function DeleteAllocationForm({
  action,
  id,
  label,
  retour,
  ...scope
}: ScopeProps & { action: Action; id: string; label: string; retour: string }) {
  const { state, pending, formRef, onSubmit } = useFormAction(action, IDLE_STATE);
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="mt-4 flex flex-wrap items-center gap-4 rounded-lg border border-slate-300 bg-white p-4"
    >
      <ScopeFields {...scope} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="retour" value={retour} />
      <p className="text-sm text-slate-800">
        La suppression est définitive ; le journal d&apos;audit garde la trace de
        l&apos;attribution.
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-70"
      >
        {pending ? (
          "Suppression…"
        ) : (
          <>
            Supprimer l&apos;attribution<span className="sr-only"> « {label} »</span>
          </>
        )}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
