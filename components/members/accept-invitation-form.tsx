"use client";

import Link from "next/link";
import { acceptInvitationAction } from "@/app/actions/members";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { ActionMessage } from "@/components/forms/action-message";
import { InputField } from "@/components/ui/field";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";

const PASSWORD_RULE =
  "Au moins 12 caractères, dont une lettre et un chiffre, et pas un mot de passe courant.";

export function AcceptInvitationForm({
  token,
  name,
  hasAccount,
}: {
  token: string;
  name: string;
  hasAccount: boolean;
}) {
  const { state, pending, formRef, onSubmit } = useFormAction(acceptInvitationAction, IDLE_STATE);
  const errors = state.fieldErrors;
  if (state.status === "ok") {
    return (
      <div className="mt-6 space-y-3">
        <ActionMessage state={state} />
        <p>
          {hasAccount ? (
            <Link href="/espaces">Mes espaces</Link>
          ) : (
            <Link href="/connexion">Se connecter</Link>
          )}
        </p>
      </div>
    );
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {hasAccount ? (
        <p>
          Vous avez déjà un compte Tripartite avec cette adresse : l&apos;espace sera ajouté à votre
          compte.
        </p>
      ) : (
        <>
          <InputField
            id="accept-name"
            name="name"
            defaultValue={name}
            autoComplete="name"
            label="Nom et prénom"
            error={errors.name}
          />
          <NewPasswordFields purpose="choose" rule={PASSWORD_RULE} errors={errors} />
        </>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Validation…" : "Accepter l'invitation"}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
