"use client";

import { inviteMemberAction } from "@/app/actions/members";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { ActionMessage, FieldError } from "@/components/forms/action-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { ScopeFields } from "@/components/forms/scope-fields";
import { Button } from "@/components/ui/button";

interface Props {
  scopeType: string;
  scopeKey: string;
  path: string;
  /** Roles of the space itself the manager may give, with labels. */
  spaceRoles: { value: string; label: string }[];
  /** Roles of an établissement, when the space staffs its établissements. */
  etablissementRoles: { value: string; label: string }[];
  etablissements: { uai: string; name: string; communeName: string }[];
  spaceLabel: string;
}

export function InviteForm({
  scopeType,
  scopeKey,
  path,
  spaceRoles,
  etablissementRoles,
  etablissements,
  spaceLabel,
}: Props) {
  const { state, pending, formRef, onSubmit } = useFormAction(inviteMemberAction, IDLE_STATE, {
    resetOnSuccess: true,
  });
  const errors = state.fieldErrors;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      noValidate
    >
      <ScopeFields scopeType={scopeType} scopeKey={scopeKey} path={path} />
      <div>
        <label htmlFor="invite-name" className="block text-sm font-medium">
          Nom et prénom
        </label>
        <input
          id="invite-name"
          name="name"
          required
          className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? "invite-name-error" : undefined}
        />
        <FieldError id="invite-name-error" message={errors.name} />
      </div>
      <div>
        <label htmlFor="invite-email" className="block text-sm font-medium">
          Adresse e-mail
        </label>
        <input
          id="invite-email"
          name="email"
          type="email"
          required
          className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "invite-email-error" : undefined}
        />
        <FieldError id="invite-email-error" message={errors.email} />
      </div>
      {etablissements.length > 0 && (
        <div>
          <label htmlFor="invite-target" className="block text-sm font-medium">
            Espace
          </label>
          <select
            id="invite-target"
            name="target"
            className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
            aria-invalid={errors.target ? true : undefined}
            aria-describedby={errors.target ? "invite-target-error" : undefined}
          >
            <option value="">{spaceLabel}</option>
            {etablissements.map((e) => (
              <option key={e.uai} value={e.uai}>
                {e.name} ({e.communeName}) – {e.uai}
              </option>
            ))}
          </select>
          <FieldError id="invite-target-error" message={errors.target} />
        </div>
      )}
      <div>
        <label htmlFor="invite-role" className="block text-sm font-medium">
          Rôle
        </label>
        <select
          id="invite-role"
          name="role"
          className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={errors.role ? "invite-role-error" : "invite-role-help"}
        >
          <optgroup label={spaceLabel}>
            {spaceRoles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </optgroup>
          {etablissementRoles.length > 0 && (
            <optgroup label="Dans un établissement">
              {etablissementRoles.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label} (établissement)
                </option>
              ))}
            </optgroup>
          )}
        </select>
        {errors.role ? (
          <FieldError id="invite-role-error" message={errors.role} />
        ) : etablissementRoles.length > 0 ? (
          <p id="invite-role-help" className="mt-1 text-xs text-slate-700">
            Un rôle d&apos;établissement demande de choisir l&apos;établissement ci-dessus. Le
            premier chef d&apos;établissement d&apos;un collège est invité à l&apos;adresse
            institutionnelle du collège (annuaire de l&apos;éducation : ce.UAI@ac-académie.fr) ; les
            suivants, par ce chef.
          </p>
        ) : null}
      </div>
      <div className="sm:col-span-2 flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? "Envoi…" : "Envoyer l'invitation"}
        </Button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
