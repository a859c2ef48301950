"use client";

import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/run-action";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import type { ScopeProps } from "@/components/forms/action-form";
import { boundFields } from "@/components/forms/bound-fields";
import { ScopeFields } from "@/components/forms/scope-fields";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";

export type BoundFields = ReturnType<typeof boundFields>;

/**
 * A form creating or correcting one record: its scope, its id when it has one, the fields built
 * by `children` from the record's values and the action's refusals, the submit button.
 */
export function RecordForm<K extends string>({
  action,
  prefix,
  values,
  submitLabel,
  pendingLabel,
  submitRowClassName,
  resetOnSuccess = false,
  hidden = {},
  className = "space-y-4 rounded-lg border border-slate-200 bg-white p-4",
  children,
  ...scope
}: ScopeProps & {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Prefix of the fields' ids, distinct for two forms on one page. */
  prefix: string;
  values: Readonly<Partial<Record<K, string>>> & { id?: string };
  submitLabel: string;
  pendingLabel?: string;
  /** Extra classes of the submit row (its place in a grid…). */
  submitRowClassName?: string;
  resetOnSuccess?: boolean;
  hidden?: Record<string, string>;
  className?: string;
  children: (field: BoundFields, errors: Readonly<Record<string, string>>) => ReactNode;
}) {
  const { state, pending, formRef, onSubmit } = useFormAction(action, IDLE_STATE, {
    resetOnSuccess,
  });
  const field = boundFields<string>(prefix, values, state.fieldErrors);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className={className}>
      <ScopeFields {...scope} />
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children(field, state.fieldErrors)}
      <SubmitRow
        state={state}
        pending={pending}
        label={submitLabel}
        pendingLabel={pendingLabel}
        className={submitRowClassName}
      />
    </form>
  );
}
