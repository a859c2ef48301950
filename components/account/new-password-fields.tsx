import { InputField } from "@/components/ui/field";

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
    <>
      <InputField
        id={`${prefix}-password`}
        name="password"
        type="password"
        autoComplete="new-password"
        label={labels.password}
        hint={rule}
        error={errors.password}
      />
      <InputField
        id={`${prefix}-confirmation`}
        name="confirmation"
        type="password"
        autoComplete="new-password"
        label={labels.confirmation}
        error={errors.confirmation}
      />
    </>
  );
}
