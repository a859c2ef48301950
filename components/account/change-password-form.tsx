"use client";

import { useEffect } from "react";
import { signOut } from "next-auth/react";
import { changePasswordAction } from "@/app/actions/account";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { ActionMessage, FieldError } from "@/components/forms/action-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";

const inputClass = "mt-1 w-full rounded border border-slate-500 px-3 py-2";

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
      <div>
        <label htmlFor="current-password" className="block font-medium">
          Mot de passe actuel
        </label>
        <input
          id="current-password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          className={inputClass}
          aria-invalid={errors.currentPassword ? true : undefined}
          aria-describedby={errors.currentPassword ? "current-password-error" : undefined}
        />
        <FieldError id="current-password-error" message={errors.currentPassword} />
      </div>
      <div>
        <label htmlFor="new-password" className="block font-medium">
          Nouveau mot de passe
        </label>
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "new-password-error" : "new-password-help"}
        />
        {errors.password ? (
          <FieldError id="new-password-error" message={errors.password} />
        ) : (
          <p id="new-password-help" className="mt-1 text-sm text-slate-700">
            {passwordRule}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="new-password-confirmation" className="block font-medium">
          Confirmez le nouveau mot de passe
        </label>
        <input
          id="new-password-confirmation"
          name="confirmation"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          aria-invalid={errors.confirmation ? true : undefined}
          aria-describedby={errors.confirmation ? "new-password-confirmation-error" : undefined}
        />
        <FieldError id="new-password-confirmation-error" message={errors.confirmation} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Modification…" : "Changer le mot de passe"}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
