"use client";

import type { ActionState } from "@/lib/actions/run-action";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { ALLOCATION_KIND_LABELS, ALLOCATION_KINDS } from "@/lib/budgets/labels";
import { ActionMessage } from "@/components/forms/action-message";
import { Button } from "@/components/ui/button";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ScopeProps } from "@/components/forms/action-form";
import { RecordForm } from "@/components/forms/record-form";

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
  return (
    <RecordForm
      action={action}
      prefix={prefix}
      values={{ ...values, exercice: String(values.exercice) }}
      submitLabel={submitLabel}
      resetOnSuccess={creating}
      {...scope}
    >
      {(field, errors) => (
        <>
          <input type="hidden" name="exercice" value={values.exercice} />
          <p className="text-sm text-slate-800">
            Exercice {values.exercice}
            {errors.exercice ? <span className="text-red-800"> — {errors.exercice}</span> : null}
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            {creating
              ? field.select(
                  "uai",
                  "Collège",
                  options.colleges.map((c) => ({
                    value: c.uai,
                    label: `${c.name} – ${c.communeName} (${c.uai})`,
                  })),
                  { emptyLabel: "Choisir…" },
                )
              : null}
            {field.coded("kind", "Type d'attribution", ALLOCATION_KINDS, ALLOCATION_KIND_LABELS, {
              emptyLabel: "Choisir…",
            })}
            {field.input("label", "Libellé", {
              maxLength: 200,
              hint: "Par exemple « Dotation numérique 2026 » ou « Renouvellement de la salle 104 ».",
            })}
            {field.amount("amount", "Montant (€)", "En euros, par exemple 12 500 ou 1 234,56.")}
            {field.select(
              "budgetLineId",
              "Ligne budgétaire (facultatif)",
              options.budgetLines.map((l) => ({
                value: l.id,
                label: `Chap. ${l.chapitre} · ${l.nature} – ${l.label}`,
              })),
              {
                emptyLabel: "Aucune",
                hint:
                  options.budgetLines.length === 0
                    ? `Aucune ligne budgétaire pour l'exercice ${values.exercice}.`
                    : undefined,
              },
            )}
          </div>
        </>
      )}
    </RecordForm>
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
      <Button type="submit" disabled={pending} variant="danger">
        {pending ? (
          "Suppression…"
        ) : (
          <>
            Supprimer l&apos;attribution<span className="sr-only"> « {label} »</span>
          </>
        )}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
