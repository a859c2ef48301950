"use client";

import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/run-action";
import type { ButtonVariant } from "@/components/ui/button";
import { ScopedForm } from "@/components/forms/scoped-form";
import type { ScopeProps } from "@/components/forms/scope-fields";

export type { ScopeProps } from "@/components/forms/scope-fields";

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
  hidden = {},
  submitLabel,
  pendingLabel,
  tone = "primary",
  className,
  children,
  ...rest
}: Props) {
  return (
    <ScopedForm
      hidden={hidden}
      className={className ?? "space-y-3"}
      submit={{ label: submitLabel, pendingLabel, variant: tone }}
      listFieldErrors
      {...rest}
    >
      {() => children}
    </ScopedForm>
  );
}
