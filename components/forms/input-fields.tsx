import { InputField, type InputFieldProps } from "@/components/ui/field";

/**
 * Labelled inputs from their definitions, in order; the `common` attributes (`required`…) apply
 * to each one.
 */
export function InputFields({
  fields,
  ...common
}: { fields: readonly InputFieldProps[] } & Partial<InputFieldProps>) {
  return fields.map((field) => <InputField key={field.id} {...common} {...field} />);
}

/** The password of the person acting, typed again to confirm a signature or a declaration. */
export function PasswordConfirmField({ id, label }: { id: string; label: string }) {
  return (
    <InputField
      id={id}
      name="password"
      type="password"
      autoComplete="current-password"
      label={label}
      required
    />
  );
}
