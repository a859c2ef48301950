"use client";

import Link from "next/link";
import { acceptInvitationAction } from "@/app/actions/members";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { ActionMessage, FieldError } from "@/components/forms/action-message";
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
          <div>
            <label htmlFor="accept-name" className="block font-medium">
              Nom et prénom
            </label>
            <input
              id="accept-name"
              name="name"
              defaultValue={name}
              autoComplete="name"
              className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? "accept-name-error" : undefined}
            />
            <FieldError id="accept-name-error" message={errors.name} />
          </div>
          <div>
            <label htmlFor="accept-password" className="block font-medium">
              Choisissez un mot de passe
            </label>
            <input
              id="accept-password"
              name="password"
              type="password"
              autoComplete="new-password"
              className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
              aria-invalid={errors.password ? true : undefined}
              aria-describedby={errors.password ? "accept-password-error" : "accept-password-help"}
            />
            {errors.password ? (
              <FieldError id="accept-password-error" message={errors.password} />
            ) : (
              <p id="accept-password-help" className="mt-1 text-sm text-slate-700">
                {PASSWORD_RULE}
              </p>
            )}
          </div>
          <div>
            <label htmlFor="accept-confirmation" className="block font-medium">
              Confirmez le mot de passe
            </label>
            <input
              id="accept-confirmation"
              name="confirmation"
              type="password"
              autoComplete="new-password"
              className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
              aria-invalid={errors.confirmation ? true : undefined}
              aria-describedby={errors.confirmation ? "accept-confirmation-error" : undefined}
            />
            <FieldError id="accept-confirmation-error" message={errors.confirmation} />
          </div>
        </>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Validation…" : "Accepter l'invitation"}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
