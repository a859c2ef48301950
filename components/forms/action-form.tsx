"use client";

import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/run-action";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { SubmitRow } from "@/components/forms/submit-row";
import { FieldErrorList } from "@/components/forms/action-message";
import type { ButtonVariant } from "@/components/ui/button";
import { useFormAction } from "@/components/forms/use-form-action";
import { ScopeFields } from "@/components/forms/scope-fields";

export interface ScopeProps {
  scopeType: string;
  scopeKey: string;
  path: string;
}

interface Props extends ScopeProps {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel?: string;
  tone?: ButtonVariant;
  className?: string;
  children?: ReactNode;
}

/**
 * A form bound to one server action: hidden scope and ids, the fields given as children, a
 * submit button and the outcome, with each refused field named (the fields live in the children).
 */
export function ActionForm({
  action,
  hidden = {},
  submitLabel,
  pendingLabel,
  tone = "primary",
  className,
  children,
  ...scope
}: Props) {
  const { state, pending, formRef, onSubmit } = useFormAction(action, IDLE_STATE);
  return (
    <form ref={formRef} onSubmit={onSubmit} className={className ?? "space-y-3"} noValidate>
      <ScopeFields {...scope} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <SubmitRow
        state={state}
        pending={pending}
        label={submitLabel}
        pendingLabel={pendingLabel}
        variant={tone}
      />
      <FieldErrorList state={state} />
    </form>
  );
}
