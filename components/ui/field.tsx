import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

/** Every text-like control: 44 px high on narrow screens, where fingers tap. */
export const INPUT_CLASS = "mt-1 w-full rounded border border-slate-500 px-3 py-2 max-sm:min-h-11";
export const SELECT_CLASS = "mt-1 w-full rounded border border-slate-500 px-2 py-2 max-sm:min-h-11";
/** The selects written before SELECT_CLASS, without its touch height; kept as they were. */
export const PLAIN_SELECT_CLASS = "mt-1 w-full rounded border border-slate-500 px-2 py-2";

export interface FieldMessages {
  /** The refusal of this field, in French; shown instead of the hint and announced with the control. */
  error?: string;
  /** A short hint under the control. */
  hint?: ReactNode;
}

/** The ARIA attributes tying a control to its hint or error (see Field for the ids). */
export function describeControl(id: string, { error, hint }: FieldMessages) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  } as const;
}

/**
 * A label, its control (the children, whose id is `id`) and either the field's error or its
 * hint. Give the control `describeControl(id, …)`, or use InputField, SelectField or TextAreaField.
 */
export function Field({
  id,
  label,
  error,
  hint,
  className,
  children,
}: FieldMessages & { id: string; label: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-700">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export type FieldWrapperProps = FieldMessages & {
  id: string;
  label: ReactNode;
  fieldClassName?: string;
};

export type InputFieldProps = FieldWrapperProps & InputHTMLAttributes<HTMLInputElement>;

/**
 * Splits a labelled control's props: those of its Field, and those of the control itself (its id,
 * the `first` attributes, its class, the ARIA ties to its hint or error, then the caller's own).
 */
function splitField<C extends { className?: string }>(
  { id, label, error, hint, fieldClassName, className, ...own }: FieldWrapperProps & C,
  first: object = {},
) {
  return {
    field: { id, label, error, hint, className: fieldClassName },
    control: {
      id,
      ...first,
      className: className ?? INPUT_CLASS,
      ...describeControl(id, { error, hint }),
      ...own,
    },
  };
}

/** A labelled input. */
export function InputField(props: InputFieldProps) {
  const { field, control } = splitField(props);
  return (
    <Field {...field}>
      <input {...control} />
    </Field>
  );
}

/** A labelled multi-line text. */
export function TextAreaField(
  props: FieldWrapperProps & TextareaHTMLAttributes<HTMLTextAreaElement>,
) {
  const { field, control } = splitField(props, { rows: 3 });
  return (
    <Field {...field}>
      <textarea {...control} />
    </Field>
  );
}
