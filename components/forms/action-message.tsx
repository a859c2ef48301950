import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/run-action";

/** The outcome of a form's action, announced to screen readers. */
export function ActionMessage({ state }: { state: ActionState }) {
  return (
    <div role="status" aria-live="polite" className="text-sm">
      {state.status === "ok" && (
        <p className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
          {state.message}
        </p>
      )}
      {state.status === "error" && (
        <p className="rounded border border-red-700 bg-red-50 p-2 text-red-900">{state.message}</p>
      )}
    </div>
  );
}

/** After a refusal, every refused field's message, for forms that do not show them by their field. */
export function FieldErrorList({ state }: { state: ActionState }) {
  const messages = Object.values(state.fieldErrors);
  return state.status === "error" && messages.length > 0 ? (
    <ul className="list-disc pl-6 text-sm text-red-800">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  ) : null;
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-red-800">
      {message}
    </p>
  ) : null;
}

/**
 * The label of a full-width control (bold, body size), the control given as children, and under
 * it the field's error or else its help; give the control `helpedControl(id, error)`.
 */
export function HelpedField({
  id,
  label,
  error,
  help,
  children,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  help: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {children}
      {error ? (
        <FieldError id={`${id}-error`} message={error} />
      ) : (
        <p id={`${id}-help`} className="mt-1 text-sm text-slate-700">
          {help}
        </p>
      )}
    </>
  );
}

/** The ARIA attributes tying a HelpedField's control to its error or help. */
export function helpedControl(id: string, error: string | undefined) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : `${id}-help`,
  } as const;
}
