"use client";

import { inviteMemberAction } from "@/app/actions/members";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { SubmitRow } from "@/components/forms/submit-row";
import { describeControl, Field, InputField, SELECT_CLASS } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/forms/use-form-action";
import { ScopeFields } from "@/components/forms/scope-fields";

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
      <InputField id="invite-name" name="name" required label="Nom et prénom" error={errors.name} />
      <InputField
        id="invite-email"
        name="email"
        type="email"
        required
        label="Adresse e-mail"
        error={errors.email}
      />
      {etablissements.length > 0 && (
        <SelectField
          id="invite-target"
          name="target"
          label="Espace"
          error={errors.target}
          emptyLabel={spaceLabel}
          options={etablissements.map((e) => ({
            value: e.uai,
            label: `${e.name} (${e.communeName}) – ${e.uai}`,
          }))}
        />
      )}
      <Field
        id="invite-role"
        label="Rôle"
        error={errors.role}
        hint={
          etablissementRoles.length > 0
            ? "Un rôle d'établissement demande de choisir l'établissement ci-dessus. Le premier chef d'établissement d'un collège est invité à l'adresse institutionnelle du collège (annuaire de l'éducation : ce.UAI@ac-académie.fr) ; les suivants, par ce chef."
            : undefined
        }
      >
        <select
          id="invite-role"
          name="role"
          className={SELECT_CLASS}
          {...describeControl("invite-role", {
            error: errors.role,
            hint: etablissementRoles.length > 0,
          })}
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
      </Field>
      <SubmitRow
        state={state}
        pending={pending}
        label="Envoyer l'invitation"
        pendingLabel="Envoi…"
        className="sm:col-span-2"
      />
    </form>
  );
}
