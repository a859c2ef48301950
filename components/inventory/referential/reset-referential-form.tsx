"use client";

import { IDLE_STATE } from "@/lib/actions/idle-state";
import { resetReferentialAction } from "@/app/actions/referential";
import { ActionMessage } from "@/components/forms/action-message";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ScopeProps } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";

/** Puts the collectivité back on the product's defaults, after a confirmation. */
export function ResetReferentialForm(scope: ScopeProps) {
  const { state, pending, formRef, onSubmit } = useFormAction(resetReferentialAction, IDLE_STATE);
  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        if (
          !window.confirm(
            "Rétablir les valeurs par défaut ? Les cibles et règles de la collectivité seront remplacées.",
          )
        ) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
      className="flex flex-wrap items-center gap-4"
    >
      <ScopeFields {...scope} />
      <Button type="submit" disabled={pending} variant="secondary">
        {pending ? "Rétablissement…" : "Rétablir les valeurs par défaut"}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
