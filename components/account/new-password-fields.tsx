import { InputFields } from "@/components/forms/input-fields";

/** A new password and its confirmation, with the password rule as the hint. */
export function NewPasswordFields({
  prefix,
  labels,
  rule,
  errors,
}: {
  prefix: string;
  labels: { password: string; confirmation: string };
  rule: string;
  errors: Readonly<Record<string, string | undefined>>;
}) {
  return (
    <InputFields
      type="password"
      autoComplete="new-password"
      fields={[
        { id: `${prefix}-password`, name: "password", label: labels.password, hint: rule },
        { id: `${prefix}-confirmation`, name: "confirmation", label: labels.confirmation },
      ].map((field) => ({ ...field, error: errors[field.name] }))}
    />
  );
}
