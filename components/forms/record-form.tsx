"use client";

import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/run-action";
import { ScopedForm } from "@/components/forms/scoped-form";
import type { ScopeProps } from "@/components/forms/scope-fields";
import { boundFields } from "@/components/forms/bound-fields";

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
  return (
    <ScopedForm
      action={action}
      hidden={values.id ? { id: values.id, ...hidden } : hidden}
      className={className}
      resetOnSuccess={resetOnSuccess}
      submit={{ label: submitLabel, pendingLabel, className: submitRowClassName }}
      {...scope}
    >
      {(state) =>
        children(boundFields<string>(prefix, values, state.fieldErrors), state.fieldErrors)
      }
    </ScopedForm>
  );
}
