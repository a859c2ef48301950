"use client";

import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/run-action";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { ActionMessage } from "@/components/forms/action-message";
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
  tone?: "primary" | "secondary" | "danger";
  className?: string;
  children?: ReactNode;
}

const TONES = {
  primary: "bg-blue-800 text-white hover:bg-blue-900",
  secondary: "border border-slate-500 bg-white text-slate-900 hover:bg-slate-100",
  danger: "bg-red-800 text-white hover:bg-red-900",
};

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
  const fieldMessages = Object.values(state.fieldErrors);
  return (
    <form ref={formRef} onSubmit={onSubmit} className={className ?? "space-y-3"} noValidate>
      <ScopeFields {...scope} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className={`rounded px-4 py-2 font-semibold disabled:opacity-70 ${TONES[tone]}`}
        >
          {pending ? (pendingLabel ?? "Enregistrement…") : submitLabel}
        </button>
        <ActionMessage state={state} />
      </div>
      {state.status === "error" && fieldMessages.length > 0 && (
        <ul className="list-disc pl-6 text-sm text-red-800">
          {fieldMessages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </form>
  );
}

/** A labelled input for the forms built on ActionForm. */
export function Field({
  id,
  label,
  help,
  ...input
}: { id: string; label: string; help?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        {...input}
        aria-describedby={help ? `${id}-help` : undefined}
        className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
      />
      {help ? (
        <p id={`${id}-help`} className="mt-1 text-xs text-slate-700">
          {help}
        </p>
      ) : null}
    </div>
  );
}

export function TextArea({
  id,
  label,
  ...input
}: { id: string; label: string } & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        rows={3}
        {...input}
        className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
      />
    </div>
  );
}
