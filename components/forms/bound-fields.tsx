import type { ComponentProps, InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { InputField, TextAreaField } from "@/components/ui/field";
import { labelledOptions, SelectField, type SelectOption } from "@/components/ui/select";

type Bound = "id" | "name" | "defaultValue";

/** A control's own attributes; `id` replaces the `${prefix}-${name}` one where they differ. */
type Extra = { id?: string; hint?: ReactNode; fieldClassName?: string };
type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, Bound> & Extra;
type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Bound> & Extra;
type SelectProps = Omit<ComponentProps<typeof SelectField>, Bound | "label" | "options"> & Extra;

/**
 * The fields of a form editing one record: each named as its value, with the id
 * `${prefix}-${name}`, its current value, and the refusal the action returned for it.
 */
export function boundFields<K extends string>(
  prefix: string,
  values: Readonly<Partial<Record<K, string>>>,
  errors: Readonly<Record<string, string | undefined>> = {},
) {
  const bind = (name: K) => ({
    id: `${prefix}-${name}`,
    name,
    defaultValue: values[name],
    error: errors[name],
  });
  const input = (name: K, label: string, props: InputProps = {}) => (
    <InputField {...bind(name)} label={label} {...props} />
  );
  const select = (
    name: K,
    label: string,
    options: readonly SelectOption[],
    props: SelectProps = {},
  ) => <SelectField {...bind(name)} label={label} options={options} {...props} />;
  return {
    input,
    /** An amount in euros, typed with a decimal keypad on phones. */
    amount: (name: K, label: string, hint?: ReactNode) =>
      input(name, label, { inputMode: "decimal", hint }),
    textarea: (name: K, label: string, props: TextAreaProps = {}) => (
      <TextAreaField {...bind(name)} label={label} {...props} />
    ),
    select,
    /** A select over coded values, each shown by its French label. */
    coded: (
      name: K,
      label: string,
      codes: readonly string[],
      labels: Readonly<Record<string, string>>,
      props: SelectProps = {},
    ) => select(name, label, labelledOptions(codes, labels), props),
  };
}
