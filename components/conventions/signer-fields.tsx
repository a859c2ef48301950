import type { ReactNode } from "react";
import { InputFields, PasswordConfirmField } from "@/components/forms/input-fields";

/**
 * What a signer gives to sign one convention or a batch: their qualité, the authorisation they
 * sign under (reference and date) and their password again.
 */
export function SignerFields({
  prefix,
  referenceLabel,
  referenceHint,
  defaults,
}: {
  /** Prefix of the fields' ids, distinct for each form of the page. */
  prefix: string;
  referenceLabel: string;
  referenceHint?: ReactNode;
  defaults: { qualite: string; authorisationReference: string };
}) {
  return (
    <>
      <InputFields
        required
        fields={[
          {
            id: `${prefix}-qualite`,
            name: "qualite",
            label: "Qualité du signataire",
            defaultValue: defaults.qualite,
          },
          {
            id: `${prefix}-reference`,
            name: "authorisationReference",
            label: referenceLabel,
            hint: referenceHint,
            defaultValue: defaults.authorisationReference,
          },
          {
            id: `${prefix}-date`,
            name: "authorisationDate",
            type: "date",
            label: "Date de cette autorisation",
          },
        ]}
      />
      <PasswordConfirmField
        id={`${prefix}-password`}
        label="Votre mot de passe (confirmation de signature)"
      />
    </>
  );
}
