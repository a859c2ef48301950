"use client";

import { inviteMemberAction } from "@/app/actions/members";
import type { ScopeProps } from "@/components/forms/action-form";
import { RecordForm } from "@/components/forms/record-form";
import { describeControl, Field, SELECT_CLASS } from "@/components/ui/field";

interface Props extends ScopeProps {
  /** Roles of the space itself the manager may give, with labels. */
  spaceRoles: { value: string; label: string }[];
  /** Roles of an établissement, when the space staffs its établissements. */
  etablissementRoles: { value: string; label: string }[];
  etablissements: { uai: string; name: string; communeName: string }[];
  /** A collectivité's secteurs: a technician or référent technique of the collectivité works on one. */
  sectors: { id: string; name: string }[];
  spaceLabel: string;
}

export function InviteForm({
  spaceRoles,
  etablissementRoles,
  etablissements,
  sectors,
  spaceLabel,
  ...scope
}: Props) {
  return (
    <RecordForm
      action={inviteMemberAction}
      prefix="invite"
      values={{}}
      submitLabel="Envoyer l'invitation"
      pendingLabel="Envoi…"
      submitRowClassName="sm:col-span-2"
      resetOnSuccess
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      {...scope}
    >
      {(field, errors) => (
        <>
          {field.input("name", "Nom et prénom", { required: true })}
          {field.input("email", "Adresse e-mail", { type: "email", required: true })}
          {etablissements.length > 0 &&
            field.select(
              "target",
              "Espace",
              etablissements.map((e) => ({
                value: e.uai,
                label: `${e.name} (${e.communeName}) – ${e.uai}`,
              })),
              { emptyLabel: spaceLabel },
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
          {sectors.length > 0 &&
            field.select(
              "sectorId",
              "Secteur",
              sectors.map((s) => ({ value: s.id, label: s.name })),
              {
                emptyLabel: "Aucun",
                hint: "Obligatoire pour un technicien de secteur ou un référent technique de la collectivité : il ne voit que les collèges de son secteur.",
              },
            )}
        </>
      )}
    </RecordForm>
  );
}
