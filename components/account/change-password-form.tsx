"use client";

import { useEffect } from "react";
import { signOut } from "next-auth/react";
import { changePasswordAction } from "@/app/actions/account";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { ActionMessage } from "@/components/forms/action-message";
import { InputField } from "@/components/ui/field";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";

export function ChangePasswordForm({ passwordRule }: { passwordRule: string }) {
  const { state, pending, formRef, onSubmit } = useFormAction(changePasswordAction, IDLE_STATE, {
    resetOnSuccess: true,
  });
  const errors = state.fieldErrors;
  useEffect(() => {
    // The sessions are already ended on the server; this clears the cookie and goes to the sign-in page.
    if (state.status === "ok") void signOut({ callbackUrl: "/connexion" });
  }, [state.status]);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <InputField
        id="current-password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label="Mot de passe actuel"
        error={errors.currentPassword}
      />
      <NewPasswordFields purpose="change" rule={passwordRule} errors={errors} />
      <Button type="submit" disabled={pending}>
        {pending ? "Modification…" : "Changer le mot de passe"}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
