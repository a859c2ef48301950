"use client";

import { useRef, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/run-action";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { ActionMessage } from "@/components/forms/action-message";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ScopeProps } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";

/**
 * Wraps a table whose rows carry `ids` checkboxes: one action applied to the checked rows, with
 * « check all on this page » and « uncheck all », the action's fields and its outcome.
 */
export function CheckedRowsForm({
  action,
  legend,
  fields,
  submitLabel,
  pendingLabel,
  fieldsetClassName,
  fullRowClassName = "",
  hasItems = true,
  children,
  ...scope
}: ScopeProps & {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  legend: string;
  /** The action's own fields, given its refusals by field name. */
  fields: (errors: Readonly<Record<string, string | undefined>>) => ReactNode;
  submitLabel: string;
  pendingLabel: string;
  fieldsetClassName: string;
  /** The classes that make a part span the whole fieldset (grid layouts). */
  fullRowClassName?: string;
  /** Without rows left, only the outcome of the last action stays. */
  hasItems?: boolean;
  children: ReactNode;
}) {
  const { state, pending, formRef, onSubmit } = useFormAction(action, IDLE_STATE);
  const tableRef = useRef<HTMLDivElement>(null);
  const setAll = (checked: boolean) => {
    tableRef.current?.querySelectorAll<HTMLInputElement>('input[name="ids"]').forEach((box) => {
      box.checked = checked;
    });
  };
  if (!hasItems) return <ActionMessage state={state} />;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-2">
      <ScopeFields {...scope} />
      <fieldset className={fieldsetClassName}>
        <legend className="px-1 text-sm font-semibold">{legend}</legend>
        <div className={`flex flex-wrap items-end gap-2 ${fullRowClassName}`}>
          <Button variant="secondary" size="small" onClick={() => setAll(true)}>
            Tout cocher sur la page
          </Button>
          <Button variant="secondary" size="small" onClick={() => setAll(false)}>
            Tout décocher
          </Button>
        </div>
        {fields(state.fieldErrors)}
        <div className="flex items-end">
          <Button type="submit" disabled={pending} size="small">
            {pending ? pendingLabel : submitLabel}
          </Button>
        </div>
        <div className={fullRowClassName}>
          <ActionMessage state={state} />
          {state.fieldErrors.ids ? (
            <p className="text-sm text-red-800">{state.fieldErrors.ids}</p>
          ) : null}
        </div>
      </fieldset>
      <div ref={tableRef}>{children}</div>
    </form>
  );
}
