import type { InputHTMLAttributes, ReactNode } from "react";
import { InputField, TextAreaField } from "@/components/ui/field";
import { SelectField, type SelectOption } from "@/components/ui/select";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "defaultValue"> & {
  hint?: ReactNode;
  fieldClassName?: string;
};

/**
 * The fields of a form editing one record: each named as its value, with the id
 * `${prefix}-${name}`, its current value, and the refusal the action returned for it.
 */
export function boundFields<K extends string>(
  prefix: string,
  values: Readonly<Partial<Record<K, string>>>,
  errors: Readonly<Record<string, string | undefined>>,
) {
  const bind = (name: K) => ({
    id: `${prefix}-${name}`,
    name,
    defaultValue: values[name],
    error: errors[name],
  });
  return {
    input: (name: K, label: string, props: InputProps = {}) => (
      <InputField {...bind(name)} label={label} {...props} />
    ),
    textarea: (name: K, label: string, hint?: ReactNode) => (
      <TextAreaField {...bind(name)} label={label} hint={hint} />
    ),
    select: (
      name: K,
      label: string,
      options: readonly SelectOption[],
      props: { emptyLabel?: string; hint?: ReactNode; fieldClassName?: string } = {},
    ) => <SelectField {...bind(name)} label={label} options={options} {...props} />,
  };
}
