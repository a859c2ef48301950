import { InputFields } from "@/components/forms/input-fields";

/** The two places a new password is typed: changing one's own, or choosing one on invitation. */
const PURPOSES = {
  change: {
    prefix: "new",
    password: "Nouveau mot de passe",
    confirmation: "Confirmez le nouveau mot de passe",
  },
  choose: {
    prefix: "accept",
    password: "Choisissez un mot de passe",
    confirmation: "Confirmez le mot de passe",
  },
} as const;

/** A new password and its confirmation, with the password rule as the hint. */
export function NewPasswordFields({
  purpose,
  rule,
  errors,
}: {
  purpose: keyof typeof PURPOSES;
  rule: string;
  errors: Readonly<Record<string, string | undefined>>;
}) {
  const { prefix, password, confirmation } = PURPOSES[purpose];
  return (
    <InputFields
      type="password"
      autoComplete="new-password"
      fields={[
        { id: `${prefix}-password`, name: "password", label: password, hint: rule },
        { id: `${prefix}-confirmation`, name: "confirmation", label: confirmation },
      ].map((field) => ({ ...field, error: errors[field.name] }))}
    />
  );
}
