"use client";

import type { ComponentProps, ReactNode } from "react";
import type { ActionState } from "@/lib/actions/run-action";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { FieldErrorList } from "@/components/forms/action-message";
import { ScopeFields, type ScopeProps } from "@/components/forms/scope-fields";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";

/**
 * What ActionForm and RecordForm share: a form bound to one server action, with the hidden scope
 * and ids, the fields built by `children` from the action's state, the submit row and, when
 * `listFieldErrors`, every refused field's message under it.
 */
export function ScopedForm({
  action,
  hidden,
  className,
  resetOnSuccess = false,
  submit,
  listFieldErrors = false,
  children,
  ...scope
}: ScopeProps & {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  className: string;
  resetOnSuccess?: boolean;
  submit: Omit<ComponentProps<typeof SubmitRow>, "state" | "pending">;
  listFieldErrors?: boolean;
  children: (state: ActionState) => ReactNode;
}) {
  const { state, pending, formRef, onSubmit } = useFormAction(action, IDLE_STATE, {
    resetOnSuccess,
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} className={className} noValidate>
      <ScopeFields {...scope} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children(state)}
      <SubmitRow state={state} pending={pending} {...submit} />
      {listFieldErrors ? <FieldErrorList state={state} /> : null}
    </form>
  );
}
