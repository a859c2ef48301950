import type { ReactNode } from "react";
import { FieldError } from "@/components/forms/action-message";

/** A label, its control and either the field's error or its help, for the budget forms. */
export function Labelled({
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

/** aria-describedby of a field: its error when refused, else its help when it has one. */
export function describedBy(
  id: string,
  error: string | undefined,
  help: boolean,
): string | undefined {
  return error ? `${id}-error` : help ? `${id}-help` : undefined;
}

export const INPUT_CLASS = "mt-1 w-full rounded border border-slate-500 px-3 py-2";
export const SELECT_CLASS = "mt-1 w-full rounded border border-slate-500 px-2 py-2";
