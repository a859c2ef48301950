import type { SelectHTMLAttributes } from "react";
import {
  describeControl,
  Field,
  SELECT_CLASS,
  type FieldMessages,
  type FieldWrapperProps,
} from "@/components/ui/field";

export interface SelectOption {
  value: string;
  label: string;
}

/** Options from a list of codes and their French labels. */
export function labelledOptions(
  values: readonly string[],
  labels: Readonly<Record<string, string>>,
): SelectOption[] {
  return values.map((value) => ({ value, label: labels[value] ?? value }));
}

type SelectProps = FieldMessages &
  SelectHTMLAttributes<HTMLSelectElement> & {
    id: string;
    options: readonly SelectOption[];
    /** The first option, with an empty value: « Tous », « Toutes »… (no choice = no filter). */
    emptyLabel?: string;
    /** A first option that cannot be chosen back: « Choisir… » until a value is picked. */
    placeholder?: string;
  };

/** A select over a list of options, tied to its field's hint or error. */
export function Select({
  id,
  options,
  emptyLabel,
  placeholder,
  error,
  hint,
  className,
  children,
  ...select
}: SelectProps) {
  return (
    // id, then name and the caller's attributes, as in the hand-written selects it replaced
    // (the dashboards' markup tests read them in that order).
    <select
      id={id}
      {...select}
      className={className ?? SELECT_CLASS}
      {...describeControl(id, { error, hint })}
    >
      {placeholder !== undefined ? (
        <option value="" disabled>
          {placeholder}
        </option>
      ) : null}
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
      {children}
    </select>
  );
}

/** A labelled Select; extra options may follow as children. */
export function SelectField({
  label,
  fieldClassName,
  ...select
}: SelectProps & Omit<FieldWrapperProps, "id" | keyof FieldMessages>) {
  return (
    <Field
      id={select.id}
      label={label}
      error={select.error}
      hint={select.hint}
      className={fieldClassName}
    >
      <Select {...select} />
    </Field>
  );
}
