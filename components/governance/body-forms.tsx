"use client";

import {
  createBodyAction,
  designateMemberAction,
  endMembershipAction,
  steerConventionAction,
  unsteerConventionAction,
} from "@/app/actions/governance";
import type { ScopeProps } from "@/components/forms/action-form";
import { ActionForm } from "@/components/forms/action-form";
import { RecordForm } from "@/components/forms/record-form";
import type { SelectOption } from "@/components/ui/select";
import {
  BODY_KIND_LABELS,
  BODY_KINDS,
  CADENCE_LABELS,
  CADENCES,
  MEMBER_ROLE_LABELS,
  MEMBER_ROLES,
  SHARED_BODY_KINDS,
} from "@/lib/governance/vocabulary";

/** A new body: its name, kind, rhythm and what it belongs to (options from bodyAttachmentOptions). */
export function CreateBodyForm({
  attachments,
  college,
  ...scope
}: ScopeProps & { attachments: readonly SelectOption[]; college: boolean }) {
  return (
    <RecordForm
      action={createBodyAction}
      prefix="instance"
      values={{
        name: "",
        kind: college ? "COMMISSION_NUMERIQUE" : "COMITE_PILOTAGE",
        cadence: "TRIMESTRIELLE",
        attachment: attachments[0]?.value ?? "",
      }}
      submitLabel="Créer l'instance"
      pendingLabel="Création…"
      {...scope}
    >
      {(field) => (
        <>
          {field.input("name", "Nom de l'instance", {
            required: true,
            hint: "Par exemple « Comité de pilotage du numérique éducatif ».",
          })}
          {field.coded(
            "kind",
            "Type d'instance",
            college ? BODY_KINDS : SHARED_BODY_KINDS,
            BODY_KIND_LABELS,
          )}
          {field.coded("cadence", "Rythme des séances", CADENCES, CADENCE_LABELS)}
          {field.select("attachment", "Rattachement", attachments, {
            hint: "La convention-cadre que l'instance pilote, ou les deux parties qu'elle réunit.",
          })}
        </>
      )}
    </RecordForm>
  );
}

/**
 * A member for the context's own party: a person of its space (their name and e-mail come with
 * their account), or someone named here.
 */
export function DesignateMemberForm({
  bodyId,
  partyLabel,
  people,
  ...scope
}: ScopeProps & {
  bodyId: string;
  partyLabel: string;
  people: readonly SelectOption[];
}) {
  return (
    <RecordForm
      action={designateMemberAction}
      prefix="membre"
      values={{ role: "MEMBRE", userId: "", name: "", email: "", qualite: "" }}
      hidden={{ bodyId }}
      submitLabel={`Désigner pour ${partyLabel}`}
      pendingLabel="Enregistrement…"
      resetOnSuccess
      {...scope}
    >
      {(field) => (
        <>
          {field.coded("role", "Rôle", MEMBER_ROLES, MEMBER_ROLE_LABELS, {
            hint: "Le coprésident approuve les comptes rendus au nom de votre partie : une personne de votre espace.",
          })}
          {field.select("userId", "Personne de votre espace", people, {
            emptyLabel: "Personne sans compte (saisir son nom ci-dessous)",
          })}
          {field.input("name", "Nom (si la personne n'a pas de compte)")}
          {field.input("email", "Adresse e-mail (pour les convocations)", { type: "email" })}
          {field.input("qualite", "Qualité", {
            required: true,
            hint: "Par exemple « Vice-présidente déléguée aux collèges », « IA-DASEN ».",
          })}
        </>
      )}
    </RecordForm>
  );
}

/** Ends one member's mandate (their own party only: the page offers it for those rows alone). */
export function EndMembershipForm({
  memberId,
  name,
  ...scope
}: ScopeProps & { memberId: string; name: string }) {
  return (
    <ActionForm
      action={endMembershipAction}
      hidden={{ memberId }}
      submitLabel={`Fin de mandat de ${name}`}
      pendingLabel="Enregistrement…"
      tone="secondary"
      className="inline"
      {...scope}
    />
  );
}

/** The secretariat adds a convention to those the body steers (options: steerableConventions). */
export function SteerConventionForm({
  bodyId,
  conventions,
  ...scope
}: ScopeProps & { bodyId: string; conventions: readonly SelectOption[] }) {
  return (
    <RecordForm
      action={steerConventionAction}
      prefix="pilotage"
      values={{ conventionId: "" }}
      hidden={{ bodyId }}
      submitLabel="Ajouter aux conventions pilotées"
      pendingLabel="Enregistrement…"
      resetOnSuccess
      {...scope}
    >
      {(field) =>
        field.select("conventionId", "Convention", conventions, {
          placeholder: "Choisir une convention…",
          required: true,
          hint: "Les conventions-cadres et tripartites des parties de l'instance, hors résiliées.",
        })
      }
    </RecordForm>
  );
}

/** The secretariat takes a convention out of those the body steers. */
export function UnsteerConventionForm({
  bodyId,
  conventionId,
  reference,
  ...scope
}: ScopeProps & { bodyId: string; conventionId: string; reference: string }) {
  return (
    <ActionForm
      action={unsteerConventionAction}
      hidden={{ bodyId, conventionId }}
      submitLabel={`Ne plus piloter ${reference}`}
      pendingLabel="Enregistrement…"
      tone="secondary"
      className="inline"
      {...scope}
    />
  );
}
